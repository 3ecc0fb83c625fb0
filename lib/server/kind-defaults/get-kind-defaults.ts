import { getDb } from "@/lib/db";
import { CALLBACK_KINDS, type CallbackKind, KIND_DEFAULTS, type KindDefaults } from "@/lib/domain/kind-defaults";

export type UserKindDefaults = KindDefaults & { isCustom: boolean };

/**
 * The user's defaults for every kind: their own where they saved some, the built-in ones
 * otherwise. One query for all six kinds.
 */
export async function getKindDefaults(userId: string): Promise<Record<CallbackKind, UserKindDefaults>> {
  return kindDefaultsFromRows(await getDb().kindDefault.findMany({ where: { userId } }));
}

/** A user's KindDefault rows, with the built-in defaults for every kind they have none for. */
export function kindDefaultsFromRows(
  rows: readonly { kind: string; expectedReplyDays: number; timeoutDays: number; followUpDays: number[]; defaultPrior: number; defaultPayoff: number }[],
): Record<CallbackKind, UserKindDefaults> {
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  const entries = CALLBACK_KINDS.map((kind): [CallbackKind, UserKindDefaults] => {
    const builtIn = KIND_DEFAULTS[kind];
    const row = byKind.get(kind);
    if (!row) return [kind, { ...builtIn, isCustom: false }];
    return [
      kind,
      {
        ...builtIn,
        expectedReplyDays: row.expectedReplyDays,
        timeoutDays: row.timeoutDays,
        followUpDays: row.followUpDays,
        defaultPrior: row.defaultPrior,
        defaultPayoff: row.defaultPayoff,
        isCustom: true,
      },
    ];
  });
  return Object.fromEntries(entries) as Record<CallbackKind, UserKindDefaults>;
}
