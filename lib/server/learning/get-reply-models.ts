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
 * How many of a kind's most recent ended callbacks (replied, timed out or cancelled) a curve is
 * fitted on, besides every open one: recent behaviour, and a cost bounded by this rather than by
 * the length of the history (a curve on 1,000 replies is as sharp as the chart can show).
 */
export const REPLY_HISTORY_PER_KIND = 1000;

const ENDED = ["FULFILLED", "REJECTED", "TIMED_OUT", "CANCELLED"] as const;
const SELECT = { kind: true, customKindId: true, state: true, lastContactAt: true, settledAt: true } as const;

/**
 * The rows the curves are fitted on: for each kind, its REPLY_HISTORY_PER_KIND most recently
 * ended callbacks (index userId, kind|customKindId, settledAt) and its open ones (bounded by open
 * work). One small query per kind, whatever the history's size.
 */
async function replyHistory(userId: string, kinds: readonly UserKind[]): Promise<Row[]> {
  const db = getDb();
  const byKind = (kind: UserKind): Prisma.CallbackWhereInput => (kind.id ? { customKindId: kind.id } : { kind: kind.storedKind, customKindId: null });
  const single = kinds.length === 1 ? kinds[0]! : null;
  const [open, ...ended] = await Promise.all([
    db.callback.findMany({ where: { userId, state: "PENDING", ...(single ? byKind(single) : {}) }, select: SELECT }),
    ...kinds.map((kind) =>
      db.callback.findMany({
        where: { userId, ...byKind(kind), state: { in: [...ENDED] }, settledAt: { not: null } },
        select: SELECT,
        orderBy: [{ settledAt: "desc" }, { id: "desc" }],
        take: REPLY_HISTORY_PER_KIND,
      }),
    ),
  ]);
  return [...open, ...ended.flat()];
}

/**
 * The reply-time curve and model of each of `kinds` (every kind of the user, or just the ones
 * passed), fitted on the user's own callbacks: each kind's most recent REPLY_HISTORY_PER_KIND
 * ended ones and all its open ones (replyHistory). Fulfilled and rejected are replies; pending,
 * timed out and cancelled are censored (lib/domain/kinds.ts).
 */
export async function getReplyModels(userId: string, kinds: readonly UserKind[], now: Date): Promise<Map<string, KindReplyCurve>> {
  const rows = await replyHistory(userId, kinds);
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
