import type { CallbackKind } from "@/lib/domain/kind-defaults";
import { isBuiltInKind } from "@/lib/domain/kinds";
import { dayKeyInZone } from "@/lib/domain/time";
import { AGGREGATES_MARKER } from "@/lib/server/aggregates/recompute-aggregates";
import type { Callback } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import type { LoadRow } from "@/lib/server/load/get-load";
import type { ResolvedKind } from "@/lib/server/kinds/resolve-kind";
import { queryPrepared, unplannedValue } from "@/lib/server/query-prepared";
import { utcTimestampSql } from "@/lib/server/sql-time";

/**
 * Capture's two statements (issue 12: fewer round trips before the insert). Everything capture
 * reads, in one statement of small index-backed sub-selects; then the callback, its CREATED
 * event, the focus guard's override, the Idempotency-Key's record and the end of the first run
 * in one statement of data-modifying CTEs (one statement is one transaction: all or nothing).
 */

type KindDefaultRow = { kind: string; expectedReplyDays: number; timeoutDays: number; followUpDays: number[]; defaultPrior: number; defaultPayoff: number };
type CommitmentRow = { id: string; title: string; areaId: string | null; state: "ACTIVE"; startsOn: string; endsOn: string };

export type CaptureReads = Pick<LoadRow, "pending" | "active"> & {
  /** The user's own kind with this key (null: none, or a built-in key). Archived ones too: the caller refuses them. */
  customKind: NonNullable<ResolvedKind["customKind"]> | null;
  /** The area the capture goes to: the one given, else the kind's default area (null: none). */
  areaId: string | null;
  /** Whether `areaId` is one of the user's active areas. */
  ownArea: boolean;
  kindDefaults: KindDefaultRow[];
  /** The running commitments with an area, oldest first (the focus guard filters them by the capture's area). */
  commitments: CommitmentRow[];
  /** The per-kind running totals (null unless asked for); `hasTotals` false: not computed yet for this user (only read with them). */
  kindTotals: { key: string; count: number; hits: number }[] | null;
  hasTotals: boolean;
  /** Settled and fulfilled callbacks of the user's own kind (null unless asked for). */
  customCounts: { settled: number; fulfilled: number } | null;
  /** The user has not finished the first run yet (the capture finishes it). */
  firstRunPending: boolean;
};

type CaptureReadsInput = { kindKey: string; areaId: string | undefined; needsPrior: boolean };

/**
 * One statement: the kind (own kind row, default area), the area's ownership, the kind defaults,
 * the load (its two aggregates; capture asks nothing of the projection's other two), the running
 * commitments, and the prior's counts (the kind's running totals, or an own kind's settled
 * callbacks) unless the person typed a prior.
 */
function captureReadsSql(actor: Actor, input: CaptureReadsInput, now: Date): Prisma.Sql {
  const builtIn = isBuiltInKind(input.kindKey);
  // Every value out of the planner's sight: the plan is the same for every user and kind, so
  // Postgres keeps one instead of planning all seven sub-selects on every capture.
  const userId = unplannedValue(actor.id, "text");
  const kindKey = unplannedValue(input.kindKey, "text");
  const today = unplannedValue(dayKeyInZone(now, actor.timeZone), "date");
  // The area given (its ownership checked), else the kind's default area: a KindArea row of the
  // user's naming one of their own active areas.
  const areaSql = input.areaId
    ? Prisma.sql`${input.areaId}::text AS "areaId",
      EXISTS (SELECT 1 FROM "Area" a WHERE a.id = ${unplannedValue(input.areaId, "text")} AND a."userId" = ${userId} AND a."archivedAt" IS NULL) AS "ownArea"`
    : Prisma.sql`(SELECT ka."areaId" FROM "KindArea" ka JOIN "Area" a ON a.id = ka."areaId"
         WHERE ka."userId" = ${userId} AND ka."kindKey" = ${kindKey} AND a."userId" = ${userId} AND a."archivedAt" IS NULL) AS "areaId",
      true AS "ownArea"`;
  const customKindSql = builtIn
    ? Prisma.sql`NULL::json`
    : Prisma.sql`(SELECT json_build_object('id', k.id, 'key', k.key, 'name', k.name, 'expectedReplyDays', k."expectedReplyDays",
           'timeoutDays', k."timeoutDays", 'followUpDays', k."followUpDays", 'defaultPrior', k."defaultPrior",
           'defaultPayoff', k."defaultPayoff", 'defaultEnergyNeeded', k."defaultEnergyNeeded", 'archivedAt', k."archivedAt")
         FROM "Kind" k WHERE k."userId" = ${userId} AND k.key = ${kindKey})`;
  const kindTotalsSql =
    builtIn && input.needsPrior
      ? // The kind rows and the marker saying the totals were computed (see readAggregates).
        Prisma.sql`(SELECT json_agg(json_build_object('dim', dim, 'key', key, 'count', count, 'hits', hits)) FROM "UserAggregate"
           WHERE "userId" = ${userId} AND (dim = 'kind' OR (dim = ${unplannedValue(AGGREGATES_MARKER.dim, "text")} AND key = ${unplannedValue(AGGREGATES_MARKER.key, "text")})))`
      : Prisma.sql`NULL::json`;
  const customCountsSql =
    !builtIn && input.needsPrior
      ? Prisma.sql`(SELECT json_build_object('settled', COUNT(*), 'fulfilled', COUNT(*) FILTER (WHERE c.state = 'FULFILLED')) FROM "Callback" c
           WHERE c."userId" = ${userId} AND c.state IN ('FULFILLED', 'REJECTED', 'TIMED_OUT')
             AND c."customKindId" = (SELECT k.id FROM "Kind" k WHERE k."userId" = ${userId} AND k.key = ${kindKey}))`
      : Prisma.sql`NULL::json`;
  return Prisma.sql`
    SELECT
      ${customKindSql} AS "customKind",
      ${areaSql},
      (SELECT json_agg(json_build_object('kind', d.kind, 'expectedReplyDays', d."expectedReplyDays", 'timeoutDays', d."timeoutDays",
         'followUpDays', d."followUpDays", 'defaultPrior', d."defaultPrior", 'defaultPayoff', d."defaultPayoff"))
       FROM "KindDefault" d WHERE d."userId" = ${userId}) AS "kindDefaults",
      -- The load: pending weights, and the ACTIVE commitments (index userId,state,endsOn) with, among
      -- them, the focus guard's candidates, as listCompetingCommitments reads them.
      (SELECT COALESCE(SUM(weight), 0)::float8 FROM "Callback" WHERE "userId" = ${userId} AND state = 'PENDING') AS pending,
      (SELECT json_build_object('active', COUNT(*),
         'running', json_agg(json_build_object('id', m.id, 'title', m.title, 'areaId', m."areaId", 'state', m.state,
           'startsOn', m."startsOn", 'endsOn', m."endsOn") ORDER BY m."createdAt", m.id)
           FILTER (WHERE m."areaId" IS NOT NULL AND m."startsOn" <= ${today} AND m."endsOn" >= ${today}))
       FROM "Commitment" m WHERE m."userId" = ${userId} AND m.state = 'ACTIVE') AS commitments,
      ${kindTotalsSql} AS "kindTotals",
      ${customCountsSql} AS "customCounts",
      COALESCE((SELECT u."firstRunDoneAt" IS NULL FROM "User" u WHERE u.id = ${userId}), false) AS "firstRunPending"`;
}

type CaptureReadsRow = Omit<CaptureReads, "active" | "kindDefaults" | "commitments" | "customKind" | "kindTotals" | "hasTotals"> & {
  kindTotals: { dim: string; key: string; count: number; hits: number }[] | null;
  customKind: (NonNullable<ResolvedKind["customKind"]> & { archivedAt: string | null }) | null;
  kindDefaults: KindDefaultRow[] | null;
  commitments: { active: number; running: CommitmentRow[] | null };
};

export async function readCaptureContext(actor: Actor, input: CaptureReadsInput, now: Date): Promise<CaptureReads> {
  const [row] = await queryPrepared<CaptureReadsRow>("capture-reads", captureReadsSql(actor, input, now));
  if (!row) throw new Error("capture's reads returned no row");
  const customKind = row.customKind ? { ...row.customKind, archivedAt: row.customKind.archivedAt === null ? null : new Date(`${row.customKind.archivedAt}Z`) } : null;
  const totals = row.kindTotals ?? [];
  return {
    ...row,
    customKind,
    kindDefaults: row.kindDefaults ?? [],
    active: row.commitments.active,
    commitments: row.commitments.running ?? [],
    kindTotals: row.kindTotals === null ? null : totals.filter((total) => total.dim === "kind"),
    hasTotals: totals.some((total) => total.dim === AGGREGATES_MARKER.dim && total.key === AGGREGATES_MARKER.key),
  };
}

export type CaptureWrite = {
  callback: {
    id: string;
    userId: string;
    kind: CallbackKind;
    customKindId: string | null;
    energyStillNeeded: number | null;
    areaId: string | null;
    title: string;
    counterparty: string;
    channel: string;
    link: string;
    notes: string;
    startedAt: Date;
    expectedReplyBy: Date;
    timesOutAt: Date;
    expectedReplySource: "USER" | "DEFAULT";
    timeoutSource: "USER" | "DEFAULT";
    expectedReplyDays: number;
    timeoutDays: number;
    followUpDays: number[];
    priorProbability: number;
    payoff: number;
    effort: number;
    weight: number;
  };
  event: { id: string; label: string; data: Record<string, unknown> | null };
  /** The focus guard's override (every competing commitment), or null. */
  override: { id: string; commitments: { id: string; title: string }[]; at: Date } | null;
  /** The request's Idempotency-Key claim to record the callback on (null: none). */
  idempotency: { keyId: string; claimToken: string } | null;
  /** Finish the user's first run (only when it is not finished yet). */
  finishFirstRunAt: Date | null;
};

// Arrays go in as one JSON parameter, so the statement's text has the same shape whatever their
// length (it is prepared once per connection: lib/server/prepared-sql.ts). Order kept.
function floatArray(values: readonly number[]): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT e.value::float8 FROM jsonb_array_elements_text(${JSON.stringify(values)}::jsonb) WITH ORDINALITY AS e(value, n) ORDER BY e.n)`;
}

function textArray(values: readonly string[]): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT e.value FROM jsonb_array_elements_text(${JSON.stringify(values)}::jsonb) WITH ORDINALITY AS e(value, n) ORDER BY e.n)`;
}

/**
 * Writes the capture in one statement. With an Idempotency-Key claim, the callback is inserted only
 * if the claim could record it (still ours, nothing recorded yet): null then, and nothing written.
 */
export async function insertCapture(write: CaptureWrite): Promise<Callback | null> {
  const rows = await queryPrepared<Callback>("capture-insert", insertCaptureSql(write));
  return rows[0] ?? null;
}

/** insertCapture's statement. */
function insertCaptureSql(write: CaptureWrite): Prisma.Sql {
  const c = write.callback;
  // As Prisma's @default(now()) and @updatedAt would: the clock at the write.
  const written = utcTimestampSql(new Date());
  const claim = write.idempotency
    ? Prisma.sql`claim AS (
        UPDATE "IdempotencyKey" SET "resultRef" = ${c.id}
        WHERE id = ${write.idempotency.keyId} AND "claimToken" = ${write.idempotency.claimToken} AND "resultRef" IS NULL AND status IS NULL
        RETURNING id
      ),`
    : Prisma.empty;
  const override = write.override
    ? Prisma.sql`, override AS (
        INSERT INTO "FocusOverride" (id, "commitmentId", "commitmentIds", "commitmentTitles", "userId", "callbackId", "callbackTitle", at)
        SELECT ${write.override.id}, ${write.override.commitments[0]!.id}, ${textArray(write.override.commitments.map((m) => m.id))},
          ${textArray(write.override.commitments.map((m) => m.title))}, created."userId", created.id, created.title, ${utcTimestampSql(write.override.at)}
        FROM created
      )`
    : Prisma.empty;
  const firstRun = write.finishFirstRunAt
    ? Prisma.sql`, first_run AS (
        UPDATE "User" SET "firstRunDoneAt" = ${utcTimestampSql(write.finishFirstRunAt)}
        WHERE id = ${c.userId} AND "firstRunDoneAt" IS NULL AND EXISTS (SELECT 1 FROM created)
      )`
    : Prisma.empty;
  return Prisma.sql`
    WITH ${claim} created AS (
      INSERT INTO "Callback" (id, "userId", kind, "customKindId", "energyStillNeeded", "areaId", title, counterparty, channel, link, notes,
        "startedAt", "expectedReplyBy", "timesOutAt", "expectedReplySource", "timeoutSource", "expectedReplyDays", "timeoutDays",
        "followUpDays", "lastContactAt", "priorProbability", probability, payoff, effort, weight, "createdAt", "updatedAt")
      SELECT ${c.id}, ${c.userId}, ${c.kind}::"CallbackKind", ${c.customKindId}::text, ${c.energyStillNeeded}::float8, ${c.areaId}::text,
        ${c.title}, ${c.counterparty}, ${c.channel}, ${c.link}, ${c.notes},
        ${utcTimestampSql(c.startedAt)}, ${utcTimestampSql(c.expectedReplyBy)}, ${utcTimestampSql(c.timesOutAt)},
        ${c.expectedReplySource}::"DeadlineSource", ${c.timeoutSource}::"DeadlineSource", ${c.expectedReplyDays}::float8, ${c.timeoutDays}::float8,
        ${floatArray(c.followUpDays)}, ${utcTimestampSql(c.startedAt)}, ${c.priorProbability}::float8, ${c.priorProbability}::float8,
        ${c.payoff}::float8, ${c.effort}::float8, ${c.weight}::float8, ${written}, ${written}
      ${write.idempotency ? Prisma.sql`FROM claim` : Prisma.empty}
      RETURNING *
    ),
    event AS (
      INSERT INTO "CallbackEvent" (id, "callbackId", "userId", type, at, "probabilityAfter", label, data, "createdAt")
      SELECT ${write.event.id}, created.id, created."userId", 'CREATED'::"CallbackEventType", created."startedAt", created."priorProbability",
        ${write.event.label}, ${write.event.data === null ? null : JSON.stringify(write.event.data)}::jsonb, ${written}
      FROM created
    )
    ${override}
    ${firstRun}
    SELECT * FROM created`;
}
