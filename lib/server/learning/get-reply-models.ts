import { getDb } from "@/lib/db";
import { replyObservation, yesReplyDays, type ReplyHistoryRow } from "@/lib/domain/kinds";
import { replyModelFromCurve, type ReplyModel } from "@/lib/domain/reply-curve";
import { fitKaplanMeier, type KaplanMeierCurve } from "@/lib/domain/survival";
import { Prisma } from "@/lib/generated/prisma/client";
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

/**
 * The rows the curves are fitted on, in one statement whatever the number of kinds: for each kind,
 * its REPLY_HISTORY_PER_KIND most recently ended callbacks (replied, timed out or cancelled; index
 * userId, kind|customKindId, settledAt, walked once per kind through LATERAL) and its open ones
 * (bounded by open work).
 */
async function replyHistory(userId: string, kinds: readonly UserKind[]): Promise<Row[]> {
  const builtIn = kinds.filter((kind) => !kind.id).map((kind) => kind.storedKind as string);
  const custom = kinds.flatMap((kind) => (kind.id ? [kind.id] : []));
  const single = kinds.length === 1 ? kinds[0]! : null;
  const openOfKind = !single ? Prisma.empty : single.id ? Prisma.sql`AND c."customKindId" = ${single.id}` : Prisma.sql`AND c.kind::text = ${single.storedKind} AND c."customKindId" IS NULL`;
  const columns = Prisma.sql`c.kind::text AS kind, c."customKindId", c.state::text AS state, c."lastContactAt", c."settledAt"`;
  const ended = Prisma.sql`c."userId" = ${userId} AND c.state IN ('FULFILLED', 'REJECTED', 'TIMED_OUT', 'CANCELLED') AND c."settledAt" IS NOT NULL`;
  const recent = Prisma.sql`ORDER BY c."settledAt" DESC, c.id DESC LIMIT ${REPLY_HISTORY_PER_KIND}`;
  return getDb().$queryRaw<Row[]>(Prisma.sql`
    SELECT ${columns} FROM "Callback" c WHERE c."userId" = ${userId} AND c.state = 'PENDING' ${openOfKind}
    UNION ALL
    SELECT r.* FROM unnest(${builtIn}::text[]) AS k(kind)
    CROSS JOIN LATERAL (
      SELECT ${columns} FROM "Callback" c
      WHERE ${ended} AND c.kind = k.kind::"CallbackKind" AND c."customKindId" IS NULL ${recent}
    ) r
    UNION ALL
    SELECT r.* FROM unnest(${custom}::text[]) AS k(id)
    CROSS JOIN LATERAL (SELECT ${columns} FROM "Callback" c WHERE ${ended} AND c."customKindId" = k.id ${recent}) r`);
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
