import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Kind } from "@/lib/generated/prisma/client";
import { assertKindDefaults } from "@/lib/server/kinds/create-kind";
import { assertOwnActiveArea, setKindArea } from "@/lib/server/kind-defaults/kind-areas";
import type { UpdateKindInput } from "@/lib/validation/kinds";

/**
 * Renames a kind of the user's own, changes its defaults, or archives it (`archived: true`: it
 * leaves the capture menu; its bets keep it and its history still counts) or brings it back. The
 * key never changes. Built-in kinds are not rows here: 404 (their defaults are saved elsewhere).
 * Changed defaults apply to bets captured from now on.
 */
export async function updateKind(userId: string, key: string, input: UpdateKindInput, now: Date): Promise<Kind> {
  const db = getDb();
  const kind = await db.kind.findUnique({ where: { userId_key: { userId, key } } });
  if (!kind) throw new AppError("NOT_FOUND", "No kind of yours has that key (built-in kinds can't be renamed or archived).");
  const next = {
    expectedReplyDays: input.expectedReplyDays ?? kind.expectedReplyDays,
    timeoutDays: input.timeoutDays ?? kind.timeoutDays,
    followUpDays: [...(input.followUpDays ?? kind.followUpDays)],
    defaultPrior: input.defaultPrior ?? kind.defaultPrior,
    defaultPayoff: input.defaultPayoff ?? kind.defaultPayoff,
  };
  assertKindDefaults(next);
  if (input.defaultAreaId) await assertOwnActiveArea(userId, input.defaultAreaId, "defaultAreaId");
  if (input.name !== undefined && input.name.toLowerCase() !== kind.name.toLowerCase()) {
    const clash = await db.kind.findFirst({ where: { userId, name: { equals: input.name, mode: "insensitive" }, id: { not: kind.id } }, select: { id: true } });
    if (clash) throw new AppError("CONFLICT", "You already have a kind with that name.", { name: ["You already have a kind with that name."] });
  }
  return db.$transaction(async (tx) => {
    // Its default area lives where every kind's does (KindArea); null clears it.
    if (input.defaultAreaId !== undefined) await setKindArea(userId, key, input.defaultAreaId, { db: tx, field: "defaultAreaId" });
    return tx.kind.update({
      where: { id: kind.id },
      data: {
        ...next,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.defaultEnergyNeeded !== undefined ? { defaultEnergyNeeded: input.defaultEnergyNeeded } : {}),
        ...(input.archived !== undefined ? { archivedAt: input.archived ? (kind.archivedAt ?? now) : null } : {}),
      },
    });
  });
}
