// Shared set-up for the commitments integration tests: rows inserted directly (any state, any
// dates), so a test can stand exactly where it needs to.
import { getDb } from "@/lib/db";
import { dayKeyToDate } from "@/lib/domain/day-keys";
import type { Commitment, Prisma, User } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";

/** Wednesday 2035-06-13, 16:00 in New York (20:00 UTC): years after the real clock, like FAR_NOW. */
export const NOW = new Date("2035-06-13T20:00:00.000Z");
export const NY = "America/New_York";

export function actorOf(user: Pick<User, "id" | "timeZone" | "capacity">): Actor {
  return { id: user.id, timeZone: user.timeZone, capacity: user.capacity };
}

export type CommitmentOverrides = Partial<Omit<Prisma.CommitmentUncheckedCreateInput, "userId" | "startsOn" | "endsOn">> & {
  startsOn?: string;
  endsOn?: string;
};

/** Inserts an ACTIVE daily commitment of `user` running 2035-06-11 → 2035-07-10 unless overridden. */
export async function insertCommitment(user: Pick<User, "id">, overrides: CommitmentOverrides = {}): Promise<Commitment> {
  const { startsOn = "2035-06-11", endsOn = "2035-07-10", ...rest } = overrides;
  return getDb().commitment.create({
    data: { userId: user.id, title: "Write the book", cadence: "DAILY", ...rest, startsOn: dayKeyToDate(startsOn), endsOn: dayKeyToDate(endsOn) },
  });
}

/** An area of `user`. */
export async function insertArea(user: Pick<User, "id">, name: string, position = 0): Promise<{ id: string }> {
  return getDb().area.create({ data: { userId: user.id, name, color: "#6366f1", targetPct: 0, position }, select: { id: true } });
}

/** Every column of a commitment plus its check-ins and overrides, to prove "nothing changed". */
export async function commitmentSnapshot(id: string) {
  const db = getDb();
  const [commitment, checkIns, overrides] = await Promise.all([
    db.commitment.findUnique({ where: { id } }),
    db.commitmentCheckIn.findMany({ where: { commitmentId: id }, orderBy: { period: "asc" } }),
    db.focusOverride.findMany({ where: { commitmentId: id }, orderBy: { at: "asc" } }),
  ]);
  return { commitment, checkIns, overrides };
}
