import { Prisma } from "@/lib/generated/prisma/client";
import { PROBABILITY_FLOOR } from "@/lib/domain/probability";
import { utcTimestampSql } from "@/lib/server/sql-time";

/**
 * The probability a person sees, computed in SQL so lists can sort and page on it: for a pending
 * callback, the explicit probability decayed by the silence since the last contact
 * (lib/domain/probability.ts `applySilence`, same formula and floor); otherwise the probability
 * frozen when it left PENDING. `at` is a Date or a SQL timestamp expression (UTC, no zone);
 * `alias` is the Callback table's alias in the query.
 */
export function shownProbabilitySql(at: Date | Prisma.Sql, alias = "c"): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  const atSql = at instanceof Date ? utcTimestampSql(at) : at;
  // 2^(−t/median), with the exponent bounded so power() can't underflow on ancient callbacks.
  const survival = Prisma.sql`power(2::float8, GREATEST(-1000::float8, -GREATEST(0::float8, EXTRACT(EPOCH FROM (${atSql} - ${a}."lastContactAt"))::float8 / 86400.0) / ${a}."expectedReplyDays"))`;
  const posterior = Prisma.sql`(1.0 / (1.0 + (1.0 - ${a}."probability") / (${a}."probability" * ${survival})))`;
  const decayed = Prisma.sql`LEAST(${a}."probability", GREATEST(${posterior}, LEAST(${a}."probability", ${PROBABILITY_FLOOR}::float8)))`;
  return Prisma.sql`(CASE WHEN ${a}."state" = 'PENDING' THEN ${decayed} ELSE COALESCE(${a}."probabilityAtSettlement", ${a}."probability") END)`;
}
