import { getDb } from "@/lib/db";
import { endedReplyObservation, replyObservation, type EndedReply, type ReplyHistoryRow } from "@/lib/domain/kinds";
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

type OpenRow = ReplyHistoryRow & { kind: string; customKindId: string | null };
/** One kind's recent ended callbacks, aggregated: `replyMs[i]` ended as `outcomes[i]`. */
type EndedRow = { kind: string | null; customKindId: string | null; replyMs: number[] | null; outcomes: string | null };

/**
 * How many of a kind's most recent ended callbacks (replied, timed out or cancelled) a curve is
 * fitted on, besides every open one: recent behaviour, and a cost bounded by this rather than by
 * the length of the history (a curve on 1,000 replies is as sharp as the chart can show).
 */
export const REPLY_HISTORY_PER_KIND = 1000;

/** The one-letter codes the ended rows' outcomes travel as (one string per kind). */
const OUTCOME_BY_CODE = { F: "FULFILLED", R: "REJECTED", T: "TIMED_OUT", C: "CANCELLED" } as const;

/**
 * The rows the curves are fitted on, in one statement whatever the number of kinds: each kind's
 * open callbacks (bounded by open work), and its REPLY_HISTORY_PER_KIND most recently ended ones
 * (replied, timed out or cancelled; index userId, kind|customKindId, settledAt, walked once per
 * kind through LATERAL) as one row per kind: their reply times in milliseconds in an array and
 * their outcomes in a string. Up to 6,000 ended rows as row objects cost ~45 ms per page on the
 * embedded database, nearly all of it in passing rows and dates to JavaScript; aggregated, ~15 ms.
 * Times are whole milliseconds, as a Date holds them, so durations match replyObservation's.
 */
async function replyHistory(userId: string, kinds: readonly UserKind[]): Promise<{ open: OpenRow[]; ended: EndedRow[] }> {
  const builtIn = kinds.filter((kind) => !kind.id).map((kind) => kind.storedKind as string);
  const custom = kinds.flatMap((kind) => (kind.id ? [kind.id] : []));
  const single = kinds.length === 1 ? kinds[0]! : null;
  const openOfKind = !single ? Prisma.empty : single.id ? Prisma.sql`AND c."customKindId" = ${single.id}` : Prisma.sql`AND c.kind::text = ${single.storedKind} AND c."customKindId" IS NULL`;
  const ended = Prisma.sql`c."userId" = ${userId} AND c.state IN ('FULFILLED', 'REJECTED', 'TIMED_OUT', 'CANCELLED') AND c."settledAt" IS NOT NULL`;
  const recentAggregated = (where: Prisma.Sql) => Prisma.sql`
    SELECT array_agg(x.ms) AS "replyMs", string_agg(x.code, '') AS outcomes FROM (
      SELECT (floor(extract(epoch FROM c."settledAt") * 1000) - floor(extract(epoch FROM c."lastContactAt") * 1000))::float8 AS ms,
        CASE c.state WHEN 'FULFILLED' THEN 'F' WHEN 'REJECTED' THEN 'R' WHEN 'TIMED_OUT' THEN 'T' ELSE 'C' END AS code
      FROM "Callback" c WHERE ${ended} AND ${where}
      ORDER BY c."settledAt" DESC, c.id DESC LIMIT ${REPLY_HISTORY_PER_KIND}
    ) x`;
  const rows = await getDb().$queryRaw<(OpenRow & EndedRow)[]>(Prisma.sql`
    SELECT c.kind::text AS kind, c."customKindId", c.state::text AS state, c."lastContactAt", c."settledAt",
      NULL::float8[] AS "replyMs", NULL::text AS outcomes
    FROM "Callback" c WHERE c."userId" = ${userId} AND c.state = 'PENDING' ${openOfKind}
    UNION ALL
    SELECT k.kind, NULL, NULL, NULL, NULL, r."replyMs", r.outcomes FROM unnest(${builtIn}::text[]) AS k(kind)
    CROSS JOIN LATERAL (${recentAggregated(Prisma.sql`c.kind = k.kind::"CallbackKind" AND c."customKindId" IS NULL`)}) r
    UNION ALL
    SELECT NULL, k.id, NULL, NULL, NULL, r."replyMs", r.outcomes FROM unnest(${custom}::text[]) AS k(id)
    CROSS JOIN LATERAL (${recentAggregated(Prisma.sql`c."customKindId" = k.id`)}) r`);
  return { open: rows.filter((row) => row.state !== null), ended: rows.filter((row) => row.state === null) };
}

/** An aggregated row's ended callbacks, one by one. */
function endedReplies(row: EndedRow): EndedReply[] {
  const replyMs = row.replyMs ?? [];
  const outcomes = row.outcomes ?? "";
  return replyMs.map((ms, i) => ({ replyMs: ms, outcome: OUTCOME_BY_CODE[outcomes[i] as keyof typeof OUTCOME_BY_CODE] }));
}

/**
 * The reply-time curve and model of each of `kinds` (every kind of the user, or just the ones
 * passed), fitted on the user's own callbacks: each kind's most recent REPLY_HISTORY_PER_KIND
 * ended ones and all its open ones (replyHistory). Fulfilled and rejected are replies; pending,
 * timed out and cancelled are censored (lib/domain/kinds.ts).
 */
export async function getReplyModels(userId: string, kinds: readonly UserKind[], now: Date): Promise<Map<string, KindReplyCurve>> {
  const { open, ended } = await replyHistory(userId, kinds);
  const keyById = new Map(kinds.filter((kind) => kind.id).map((kind) => [kind.id!, kind.key]));
  const keyOf = (row: { kind: string | null; customKindId: string | null }) => (row.customKindId ? keyById.get(row.customKindId) : (row.kind ?? undefined));
  const openByKey = new Map<string, OpenRow[]>();
  for (const row of open) {
    const key = keyOf(row);
    if (!key) continue;
    const group = openByKey.get(key) ?? [];
    group.push(row);
    openByKey.set(key, group);
  }
  const endedByKey = new Map<string, EndedReply[]>();
  for (const row of ended) {
    const key = keyOf(row);
    if (key) endedByKey.set(key, [...(endedByKey.get(key) ?? []), ...endedReplies(row)]);
  }
  const result = new Map<string, KindReplyCurve>();
  for (const kind of kinds) {
    const openRows = openByKey.get(kind.key) ?? [];
    const endedRows = endedByKey.get(kind.key) ?? [];
    const curve = fitKaplanMeier([...openRows.map((row) => replyObservation(row, now)), ...endedRows.map(endedReplyObservation)]);
    const yeses = endedRows.filter((row) => row.outcome === "FULFILLED").map((row) => endedReplyObservation(row).durationDays);
    result.set(kind.key, { key: kind.key, curve, model: replyModelFromCurve(curve, kind.expectedReplyDays), yesReplyDays: yeses });
  }
  return result;
}
