import type { z } from "zod";
import { dayKeyInZone } from "@/lib/domain/time";
import type { effortEntrySchema } from "@/lib/validation/v1/effort";

type EntryRow = { id: string; areaId: string; callbackId: string | null; points: number; minutes: number | null; note: string; spentAt: Date; createdAt: Date };

/** An effort entry as API v1 shows it, with the day it counts for in the user's zone. */
export function presentEffortEntry(row: EntryRow, timeZone: string): z.infer<typeof effortEntrySchema> {
  return {
    id: row.id,
    areaId: row.areaId,
    callbackId: row.callbackId,
    points: row.points,
    minutes: row.minutes,
    note: row.note,
    spentAt: row.spentAt,
    day: dayKeyInZone(row.spentAt, timeZone),
    createdAt: row.createdAt,
  };
}
