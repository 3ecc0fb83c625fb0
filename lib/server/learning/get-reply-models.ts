import { getDb } from "@/lib/db";
import { replyObservation, yesReplyDays, type ReplyHistoryRow } from "@/lib/domain/kinds";
import { replyModelFromCurve, type ReplyModel } from "@/lib/domain/reply-curve";
import { fitKaplanMeier, type KaplanMeierCurve } from "@/lib/domain/survival";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserKind } from "@/lib/server/kinds/list-kinds";

/** A kind's reply-time curve from the user's own callbacks, and the model silence decay uses. */
export type KindReplyCurve = {
  key: string;
  curve: KaplanMeierCurve;
  /** the learned model once the curve has ≥ 8 replies, else the default exponential with the kind's median */
  model: ReplyModel;
  /** reply times (days since the last contact) of the callbacks that ended as a yes */
  yesReplyDays: number[];
};

type Row = ReplyHistoryRow & { kind: string; customKindId: string | null };

/**
 * The reply-time curve and model of each of `kinds` (every kind of the user, or just the ones
 * passed), fitted on the user's own callbacks: one query over the few columns the curves need
 * (by kind when a single kind is asked for, on the [userId, kind, state] / [userId, customKindId,
 * state] indexes). Fulfilled and rejected are replies; pending, timed out and cancelled are
 * censored (lib/domain/kinds.ts).
 */
export async function getReplyModels(userId: string, kinds: readonly UserKind[], now: Date): Promise<Map<string, KindReplyCurve>> {
  const single = kinds.length === 1 ? kinds[0]! : null;
  const where: Prisma.CallbackWhereInput = single
    ? single.id
      ? { userId, customKindId: single.id }
      : { userId, kind: single.storedKind, customKindId: null }
    : { userId };
  const rows: Row[] = await getDb().callback.findMany({
    where,
    select: { kind: true, customKindId: true, state: true, lastContactAt: true, settledAt: true },
  });
  const keyById = new Map(kinds.filter((kind) => kind.id).map((kind) => [kind.id!, kind.key]));
  const rowsByKey = new Map<string, Row[]>();
  for (const row of rows) {
    const key = row.customKindId ? keyById.get(row.customKindId) : row.kind;
    if (!key) continue;
    const group = rowsByKey.get(key) ?? [];
    group.push(row);
    rowsByKey.set(key, group);
  }
  const result = new Map<string, KindReplyCurve>();
  for (const kind of kinds) {
    const group = rowsByKey.get(kind.key) ?? [];
    const curve = fitKaplanMeier(group.map((row) => replyObservation(row, now)));
    result.set(kind.key, { key: kind.key, curve, model: replyModelFromCurve(curve, kind.expectedReplyDays), yesReplyDays: yesReplyDays(group, now) });
  }
  return result;
}
