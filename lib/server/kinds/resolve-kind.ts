import { getDb, type Tx } from "@/lib/db";
import { isBuiltInKind } from "@/lib/domain/kinds";
import type { CallbackKind } from "@/lib/domain/kind-defaults";
import { AppError } from "@/lib/errors";

export type ResolvedKind = {
  /** what Callback.kind stores: the built-in kind, or OTHER for a kind of the user's own */
  kind: CallbackKind;
  /** the user's own kind, or null for a built-in one */
  customKind: {
    id: string;
    key: string;
    name: string;
    expectedReplyDays: number;
    timeoutDays: number;
    followUpDays: number[];
    defaultPrior: number;
    defaultPayoff: number;
    defaultEnergyNeeded: number | null;
    archivedAt: Date | null;
  } | null;
};

const MESSAGE = "Choose one of your kinds.";

/**
 * A kind key from a form or the API: a built-in kind, or one of the user's own (active ones only
 * unless `allowArchived`, for a bet that already has it). Anything else is INVALID with a message
 * on `kind`.
 */
export async function resolveKind(userId: string, key: string, options: { allowArchived?: boolean; tx?: Tx } = {}): Promise<ResolvedKind> {
  if (isBuiltInKind(key)) return { kind: key, customKind: null };
  const row = await (options.tx ?? getDb()).kind.findUnique({ where: { userId_key: { userId, key } } });
  return resolvedKind(key, row, options);
}

/** resolveKind with the user's kind row of that key (null: none) already read. */
export function resolvedKind(key: string, row: ResolvedKind["customKind"], options: { allowArchived?: boolean } = {}): ResolvedKind {
  if (isBuiltInKind(key)) return { kind: key, customKind: null };
  if (!row || (row.archivedAt && !options.allowArchived)) throw new AppError("INVALID", MESSAGE, { kind: [MESSAGE] });
  return { kind: "OTHER", customKind: row };
}
