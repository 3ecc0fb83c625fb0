import type { CommitmentSchedule } from "@/lib/domain/commitments";
import { dateToDayKey } from "@/lib/domain/day-keys";
import type { Commitment } from "@/lib/generated/prisma/client";

/** A stored commitment's calendar as day keys (its DATE columns are midnight-UTC Dates). */
export function commitmentSchedule(row: Pick<Commitment, "startsOn" | "endsOn" | "cadence">): CommitmentSchedule {
  return { startsOn: dateToDayKey(row.startsOn), endsOn: dateToDayKey(row.endsOn), cadence: row.cadence };
}
