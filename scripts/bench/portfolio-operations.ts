// The Portfolio page and logging effort (issue 5): through lib/server (app) and as the same SQL
// hand-written on the bare driver (direct). The page's figures are aggregates over the bench user's
// 5,000 effort entries and 10,000 callbacks, so both sides should cost about the same.
import { randomUUID } from "node:crypto";
import { recentWeeksInZone, windowRangeInZone } from "@/lib/domain/portfolio";
import { listEffortCallbackOptions } from "@/lib/server/effort/list-effort-callback-options";
import { listEffortEntries } from "@/lib/server/effort/list-effort-entries";
import { logEffort } from "@/lib/server/effort/log-effort";
import { getPortfolio } from "@/lib/server/portfolio/get-portfolio";
import { logEffortSchema } from "@/lib/validation/effort";
import type { DirectDb } from "./direct";
import type { OperationGroup } from "./operation";

const AT = (n: number) => `($${n}::timestamptz AT TIME ZONE 'UTC')`;

/** The shown probability (silence decay) in SQL with `now` as parameter `n`, as in direct.ts. */
function shownProbability(n: number): string {
  const survival = `power(2::float8, GREATEST(-1000::float8, -GREATEST(0::float8, EXTRACT(EPOCH FROM (${AT(n)} - c."lastContactAt"))::float8 / 86400.0) / c."expectedReplyDays"))`;
  const posterior = `(1.0 / (1.0 + (1.0 - c.probability) / (c.probability * ${survival})))`;
  return `LEAST(c.probability, GREATEST(${posterior}, LEAST(c.probability, 0.001::float8)))`;
}

/** Everything the Portfolio page reads, by hand: areas, window sums, weekly sums, EV per area, top 10 bets, latest entries, callback options. */
async function directPortfolioPage(db: DirectDb, userId: string, zone: string, now: Date): Promise<number> {
  const range7 = windowRangeInZone(now, 7, zone);
  const range28 = windowRangeInZone(now, 28, zone);
  const trendStart = recentWeeksInZone(now, zone)[0]!.start;
  const results = await Promise.all([
    db.query(`SELECT id, name, color, "targetPct", "archivedAt" FROM "Area" WHERE "userId" = $1 ORDER BY position`, [userId]),
    db.query(
      `SELECT "areaId", COALESCE(SUM(points) FILTER (WHERE "spentAt" >= ${AT(2)}), 0)::float8 AS p7, SUM(points)::float8 AS p28
       FROM "EffortEntry" WHERE "userId" = $1 AND "spentAt" >= ${AT(3)} AND "spentAt" < ${AT(4)} GROUP BY "areaId"`,
      [userId, range7.start.toISOString(), range28.start.toISOString(), range28.end.toISOString()],
    ),
    db.query(
      `SELECT to_char(date_trunc('week', ("spentAt" AT TIME ZONE 'UTC') AT TIME ZONE $2), 'YYYY-MM-DD') AS wk, "areaId", SUM(points)::float8 AS points
       FROM "EffortEntry" WHERE "userId" = $1 AND "spentAt" >= ${AT(3)} AND "spentAt" < ${AT(4)} GROUP BY 1, 2`,
      [userId, zone, trendStart.toISOString(), range28.end.toISOString()],
    ),
    db.query(
      `SELECT c."areaId", COUNT(*)::int AS n, COALESCE(SUM(${shownProbability(2)} * c.payoff), 0)::float8 AS ev
       FROM "Callback" c WHERE c."userId" = $1 AND c.state = 'PENDING' GROUP BY c."areaId"`,
      [userId, now.toISOString()],
    ),
    db.query(
      `SELECT id, title, "areaId", p, payoff, effort FROM (
         SELECT c.id, c.title, c."areaId", ${shownProbability(2)} AS p, c.payoff, c.effort FROM "Callback" c WHERE c."userId" = $1 AND c.state = 'PENDING'
       ) b ORDER BY p * payoff / GREATEST(effort, 1) DESC, p * payoff DESC, id LIMIT 10`,
      [userId, now.toISOString()],
    ),
    db.query(
      `SELECT e.id, e."areaId", e."callbackId", e.points, e.minutes, e.note, e."spentAt", e."createdAt", a.name, a.color, a."archivedAt", c.title
       FROM "EffortEntry" e JOIN "Area" a ON a.id = e."areaId" LEFT JOIN "Callback" c ON c.id = e."callbackId"
       WHERE e."userId" = $1 ORDER BY e."spentAt" DESC, e.id DESC LIMIT 21`,
      [userId],
    ),
    db.query(`SELECT id, title, "areaId" FROM "Callback" WHERE "userId" = $1 AND state = 'PENDING' ORDER BY "updatedAt" DESC, id DESC LIMIT 50`, [userId]),
  ]);
  return results.reduce((sum, rows) => sum + rows.length, 0);
}

/** Logging effort tied to a callback: check area and callback, insert the entry, move the callback's effort, record it. */
async function directLogEffort(db: DirectDb, userId: string, areaId: string, callbackId: string, now: Date): Promise<void> {
  await db.transaction(async (query) => {
    const [area] = await query(`SELECT id, "archivedAt" FROM "Area" WHERE id = $1 AND "userId" = $2`, [areaId, userId]);
    const [callback] = await query(`SELECT id FROM "Callback" WHERE id = $1 AND "userId" = $2`, [callbackId, userId]);
    if (!area || !callback) throw new Error("bench area or callback not found");
    await query(
      `INSERT INTO "EffortEntry" (id, "userId", "areaId", "callbackId", points, minutes, note, "spentAt", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 2, 30, 'Bench effort (direct)', ${AT(5)}, ${AT(5)}, ${AT(5)})`,
      [randomUUID(), userId, areaId, callbackId, now.toISOString()],
    );
    const [row] = await query(`SELECT effort, version FROM "Callback" WHERE id = $1 AND "userId" = $2`, [callbackId, userId]);
    const before = row!.effort as number;
    await query(`UPDATE "Callback" SET effort = $3, version = version + 1, "updatedAt" = ${AT(5)} WHERE id = $1 AND "userId" = $2 AND version = $4`, [
      callbackId,
      userId,
      before + 2,
      row!.version,
      now.toISOString(),
    ]);
    await query(
      `INSERT INTO "CallbackEvent" (id, "callbackId", "userId", type, at, label, note, data, "createdAt")
       VALUES ($1, $2, $3, 'EDITED', ${AT(4)}, 'Logged 2 points of effort', '', $5::jsonb, ${AT(4)})`,
      [randomUUID(), callbackId, userId, now.toISOString(), JSON.stringify({ effort: { before, after: before + 2 } })],
    );
  });
}

export const portfolioOperations: OperationGroup = async ({ db, actor, seeded, bare, now }) => {
  const areaId = (await db.area.findFirstOrThrow({ where: { userId: actor.id, archivedAt: null }, orderBy: { position: "asc" }, select: { id: true } })).id;
  const callbackId = seeded.detailId;
  const log = logEffortSchema.parse({ areaId, callbackId, points: 2, minutes: 30, note: "Bench effort (app)" });
  return [
    {
      name: "portfolio page (aggregates, log, options)",
      app: () => Promise.all([getPortfolio(actor, now), listEffortEntries(actor), listEffortCallbackOptions(actor)]),
      direct: () => directPortfolioPage(bare, actor.id, actor.timeZone, now),
    },
    {
      name: "log effort (tied to a callback)",
      app: () => logEffort(actor, log, now),
      direct: () => directLogEffort(bare, actor.id, areaId, callbackId, now),
    },
  ];
};
