// Runs the fuzz property over a list of route handlers (shared by the test files, split so the two
// test workers share the work).
import fc from "fast-check";
import { expect, test } from "vitest";
import { bodyFor, paramFor, queryFor } from "./fuzz-arbitraries";
import {
  BATCHES,
  BATCH_SIZE,
  type Fixture,
  type FuzzRequest,
  type FuzzRoute,
  ACCEPTED_SENT_MAX,
  INPUTS_PER_ROUTE,
  REFUSED_SAMPLE_EVERY,
  checkAnswer,
  describeRequest,
  parsedKey,
  refreshFixture,
  send,
  watchErrorLog,
} from "./fuzz-harness";

const CONTENT_TYPES = fc.oneof(
  { weight: 12, arbitrary: fc.constant("application/json") },
  { weight: 1, arbitrary: fc.constantFrom("application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "application/xml") },
  { weight: 1, arbitrary: fc.constant(null) },
);

export function requestArbitrary(route: FuzzRoute, fixture: Fixture): fc.Arbitrary<FuzzRequest> {
  return fc.record({
    route: fc.constant(route),
    params: fc.record(Object.fromEntries(route.params.map((name) => [name, paramFor(fixture.ids[name] ?? fixture.allIds)]))) as fc.Arbitrary<Record<string, string>>,
    query: route.query || route.method === "GET" ? queryFor(route.query, fixture.now, fixture.allIds) : fc.constant(""),
    body: route.hasBody ? bodyFor(route.body, fixture.now, fixture.allIds) : fc.constant(""),
    auth: fc.oneof({ weight: 3, arbitrary: fc.constant("cookie" as const) }, { weight: 1, arbitrary: fc.constant("token" as const) }),
    contentType: CONTENT_TYPES,
  });
}

export type FuzzStats = { inputs: number; refused: number; accepted: number; sent: number; statuses: Map<number, number> };

/**
 * INPUTS_PER_ROUTE generated requests for one route handler, in batches: each is parsed as the
 * route parses it; every distinct input that gets past validation is sent to the handler (those
 * are the ones that reach the database), and a sample of the refused ones, whose answers must be
 * 4xx JSON errors too.
 */
export async function fuzzRoute(route: FuzzRoute, fixture: Fixture): Promise<FuzzStats> {
  const handler = await route.load();
  await refreshFixture(fixture);
  const arbitrary = requestArbitrary(route, fixture);
  const stats: FuzzStats = { inputs: 0, refused: 0, accepted: 0, sent: 0, statuses: new Map() };
  const seen = new Set<string>();
  await fc.assert(
    fc.asyncProperty(fc.array(arbitrary, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }), async (batch) => {
      for (const request of batch) {
        stats.inputs += 1;
        const key = parsedKey(request);
        if (key === null) {
          if ((stats.refused += 1) % REFUSED_SAMPLE_EVERY !== 1) continue;
        } else {
          if (seen.has(key)) continue;
          seen.add(key);
          if ((stats.accepted += 1) > ACCEPTED_SENT_MAX) continue;
        }
        stats.sent += 1;
        const response = await send(handler, fixture, request);
        stats.statuses.set(response.status, (stats.statuses.get(response.status) ?? 0) + 1);
        await checkAnswer(response, () => describeRequest(request));
      }
    }),
    { numRuns: BATCHES, endOnFailure: true },
  );
  return stats;
}

/** One line per route: how many inputs, how many validation refused, how many distinct got past it, how many were sent. */
export function statsLine(name: string, stats: FuzzStats, ms: number): string {
  const statuses = [...stats.statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(" ");
  return `${name}: ${stats.inputs} inputs, ${stats.refused} refused by validation, ${stats.accepted} distinct accepted, ${stats.sent} sent (${statuses}) in ${Math.round(ms)} ms`;
}

/** One test per route handler: no 5xx, every refusal a 4xx JSON error, nothing left for the database to refuse. */
export function fuzzRoutes(routes: FuzzRoute[], fixture: () => Fixture): void {
  for (const route of routes) {
    test(`${route.name}: ${INPUTS_PER_ROUTE} generated inputs, no 5xx, every refusal a 4xx JSON error`, { timeout: 180_000 }, async () => {
      const errors = watchErrorLog();
      try {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const stats = await fuzzRoute(route, fixture());
        const used = process.cpuUsage(cpu);
        if (process.env.LIFELOOP_FUZZ_STATS) console.log(`${statsLine(route.name, stats, performance.now() - started)}, ${Math.round((used.user + used.system) / 1000)} ms CPU`);
        expect(stats.inputs).toBe(INPUTS_PER_ROUTE);
        expect(errors.calls().map((call) => JSON.stringify(call).slice(0, 600)), "values validation let through to the database").toEqual([]);
      } finally {
        errors.restore();
      }
    });
  }
}
