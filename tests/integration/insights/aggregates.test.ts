import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { CALLBACK_KINDS } from "@/lib/domain/kind-defaults";
import { AppError } from "@/lib/errors";
import { recomputeAggregates } from "@/lib/server/aggregates/recompute-aggregates";
import { readAggregates } from "@/lib/server/aggregates/read-aggregates";
import { cancelCallback } from "@/lib/server/callbacks/cancel-callback";
import { deleteCallback } from "@/lib/server/callbacks/delete-callback";
import { editCallback } from "@/lib/server/callbacks/edit-callback";
import { reopenCallback } from "@/lib/server/callbacks/reopen-callback";
import { settleCallback } from "@/lib/server/callbacks/settle-callback";
import { timeOutDueCallbacks } from "@/lib/server/callbacks/time-out-due-callbacks";
import { getInsights } from "@/lib/server/insights/get-insights";
import { editCallbackSchema } from "@/lib/validation/callbacks";
import { createTestUser } from "../factories";
import { aggregateRowsFromScratch as fromScratch, storedAggregateRows as storedRows } from "./aggregate-check";
import { addDays, insertCallback } from "../callbacks/helpers";

// The all-time aggregates are running totals changed by every write of a callback; this drives a
// random history through the app's own functions (settle, cancel, reopen, edit, delete, the
// sweeper) and checks the totals equal a recomputation from scratch. The sweeper reaches every
// user's due callbacks, so this file lives in 1998, where no other file's callbacks time out.
const NOW = new Date("1998-06-01T12:00:00.000Z");

type Command =
  | { op: "add"; kind: number; area: number; payoff: number; p: number; due: boolean }
  | { op: "settle"; i: number; fulfilled: boolean; realised: number | null; daysAgo: number }
  | { op: "cancel" | "reopen" | "delete"; i: number }
  | { op: "edit"; i: number; kind: number; area: number; payoff: number }
  | { op: "sweep" };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ op: fc.constant("add" as const), kind: fc.nat(5), area: fc.nat(2), payoff: fc.integer({ min: 1, max: 10 }), p: fc.double({ min: 0.01, max: 0.99, noNaN: true }), due: fc.boolean() }),
  fc.record({ op: fc.constant("settle" as const), i: fc.nat(30), fulfilled: fc.boolean(), realised: fc.option(fc.integer({ min: 0, max: 10 })), daysAgo: fc.nat(3) }),
  fc.record({ op: fc.constantFrom("cancel" as const, "reopen" as const, "delete" as const), i: fc.nat(30) }),
  fc.record({ op: fc.constant("edit" as const), i: fc.nat(30), kind: fc.nat(5), area: fc.nat(2), payoff: fc.integer({ min: 1, max: 10 }) }),
  fc.constant({ op: "sweep" as const }),
);

function ignoreRefusal(error: unknown): void {
  if (!(error instanceof DomainError) && !(error instanceof AppError)) throw error;
}

describe("[insights] all-time aggregates", () => {
  test("stay equal to a recomputation from scratch over a random history", async () => {
    await timeOutDueCallbacks(NOW);
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 20 }), async (commands) => {
        const user = await createTestUser();
        const actor = { id: user.id, timeZone: "UTC", capacity: 100 };
        const areas = await Promise.all([0, 1].map((position) => getDb().area.create({ data: { userId: user.id, name: `Area ${position}`, color: "#2563eb", targetPct: 50, position } })));
        await getDb().$transaction((tx) => recomputeAggregates(user.id, tx));
        const ids: string[] = [];
        const pick = (i: number) => ids[i % Math.max(1, ids.length)];
        for (const c of commands) {
          const id = c.op === "add" || c.op === "sweep" ? undefined : pick(c.i);
          try {
            if (c.op === "add") {
              const created = await insertCallback(user, {
                kind: CALLBACK_KINDS[c.kind]!,
                areaId: c.area < 2 ? areas[c.area]!.id : null,
                payoff: c.payoff,
                probability: c.p,
                priorProbability: c.p,
                startedAt: addDays(NOW, -40),
                lastContactAt: addDays(NOW, -40),
                expectedReplyBy: addDays(NOW, -33),
                timesOutAt: c.due ? addDays(NOW, -1) : addDays(NOW, 20),
              });
              ids.push(created.id);
            } else if (c.op === "sweep") await timeOutDueCallbacks(NOW);
            else if (!id) continue;
            else if (c.op === "settle") await settleCallback(actor, id, { outcome: c.fulfilled ? "FULFILLED" : "REJECTED", realisedPayoff: c.realised ?? undefined, ...(c.daysAgo > 0 ? { at: addDays(NOW, -c.daysAgo) } : {}) }, NOW);
            else if (c.op === "cancel") await cancelCallback(actor, id, {}, NOW);
            else if (c.op === "reopen") await reopenCallback(actor, id, {}, NOW);
            else if (c.op === "delete") {
              await deleteCallback(user.id, id);
              ids.splice(ids.indexOf(id), 1);
            } else if (c.op === "edit") {
              const input = editCallbackSchema.parse({ title: "Edited", kind: CALLBACK_KINDS[c.kind], areaId: c.area < 2 ? areas[c.area]!.id : "", payoff: c.payoff });
              await editCallback(actor, id, input, NOW);
            }
          } catch (error) {
            ignoreRefusal(error);
          }
        }
        expect(await storedRows(user.id)).toEqual(await fromScratch(user.id));
      }),
      { numRuns: 10 },
    );
    // Each run is a few dozen transactions; a busy shared Postgres needs more than the default minute.
  }, 300_000);

  test("a user whose totals predate them gets them computed on first read; insights read them", async () => {
    const user = await createTestUser();
    const settled = { state: "FULFILLED" as const, settledAt: addDays(NOW, -2), probabilityAtSettlement: 0.7, realisedPayoff: 4 };
    await insertCallback(user, { ...settled, title: "Big win", startedAt: addDays(NOW, -40) });
    await insertCallback(user, { ...settled, state: "REJECTED", realisedPayoff: 0, probabilityAtSettlement: 0.2, startedAt: addDays(NOW, -40) });
    const aggregates = await readAggregates(user.id);
    expect(aggregates.kind).toEqual([expect.objectContaining({ key: "OTHER", count: 2, hits: 1 })]);
    expect(await storedRows(user.id)).toEqual(await fromScratch(user.id));
    const insights = await getInsights(user);
    expect(insights.scored).toBe(2);
    expect(insights.brier).toBeCloseTo(((0.7 - 1) ** 2 + 0.2 ** 2) / 2, 9);
    expect(insights.topPayoffs).toEqual([expect.objectContaining({ title: "Big win", value: 4 })]);
    expect(insights.powerLaw).toMatchObject({ count: 2, total: 4 });
    // Another user's totals are their own.
    const other = await createTestUser();
    expect((await getInsights(other)).scored).toBe(0);
  });
});
