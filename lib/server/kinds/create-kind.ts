import { getDb } from "@/lib/db";
import { validateKindDefaults } from "@/lib/domain/kind-defaults";
import { kindKeyFromName } from "@/lib/domain/kinds";
import { AppError } from "@/lib/errors";
import type { Kind } from "@/lib/generated/prisma/client";
import { assertOwnActiveArea, setKindArea } from "@/lib/server/kind-defaults/kind-areas";
import type { CreateKindInput } from "@/lib/validation/kinds";

/** Defaults of a new kind where the person gave none. */
export const NEW_KIND_DEFAULTS = { defaultPrior: 0.3, defaultPayoff: 5 } as const;

/** Throws INVALID (422) with field messages when the defaults don't hang together (kind-defaults.ts's checks). */
export function assertKindDefaults(input: { expectedReplyDays: number; timeoutDays: number; followUpDays: readonly number[]; defaultPrior: number; defaultPayoff: number }): void {
  const fieldErrors = validateKindDefaults(input);
  if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", "Please fix the highlighted fields.", fieldErrors as Record<string, string[]>);
}

/**
 * Adds a kind of the user's own with its defaults. Its key comes from the name and is unique for
 * the user ("Grant application" → GRANT_APPLICATION); a second kind of the same name (active or
 * archived) is a 409.
 */
export async function createKind(userId: string, input: CreateKindInput): Promise<Kind> {
  const db = getDb();
  const data = {
    name: input.name,
    expectedReplyDays: input.expectedReplyDays,
    timeoutDays: input.timeoutDays,
    followUpDays: [...(input.followUpDays ?? [])],
    defaultPrior: input.defaultPrior ?? NEW_KIND_DEFAULTS.defaultPrior,
    defaultPayoff: input.defaultPayoff ?? NEW_KIND_DEFAULTS.defaultPayoff,
    defaultEnergyNeeded: input.defaultEnergyNeeded ?? null,
  };
  assertKindDefaults(data);
  const defaultAreaId = input.defaultAreaId ?? null;
  if (defaultAreaId) await assertOwnActiveArea(userId, defaultAreaId, "defaultAreaId");
  return db.$transaction(async (tx) => {
    const existing = await tx.kind.findMany({ where: { userId }, select: { key: true, name: true } });
    if (existing.some((kind) => kind.name.toLowerCase() === data.name.toLowerCase())) {
      throw new AppError("CONFLICT", "You already have a kind with that name.", { name: ["You already have a kind with that name."] });
    }
    const key = kindKeyFromName(data.name, new Set(existing.map((kind) => kind.key)));
    const kind = await tx.kind.create({ data: { userId, key, ...data } });
    // Its default area lives where every kind's does (KindArea), in the same transaction.
    if (defaultAreaId) await setKindArea(userId, key, defaultAreaId, { db: tx, field: "defaultAreaId" });
    return kind;
  });
}
