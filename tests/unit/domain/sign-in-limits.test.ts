import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { SIGN_IN_LIMITS, decideSignInLimit, type RecentFailures } from "@/lib/domain/sign-in-limits";

const NOW = new Date("2026-06-01T12:00:00Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const times = (...minutesAgo: number[]) => minutesAgo.map(ago);
const none: RecentFailures = { pair: [], client: [], account: [] };

describe("decideSignInLimit", () => {
  test.each<[string, RecentFailures, ReturnType<typeof decideSignInLimit>]>([
    ["no failures", none, { ok: true }],
    ["4 pair failures", { ...none, pair: times(1, 2, 3, 4) }, { ok: true }],
    ["5 pair failures in 15 min", { ...none, pair: times(1, 2, 3, 4, 10) }, { ok: false, scope: "pair", retryAt: new Date(ago(10).getTime() + 15 * 60_000) }],
    ["5 pair failures, the oldest 15 min ago", { ...none, pair: times(1, 2, 3, 4, 15) }, { ok: true }],
    ["19 client failures", { ...none, client: Array.from({ length: 19 }, (_, i) => ago(i % 14)) }, { ok: true }],
    ["20 client failures", { ...none, client: Array.from({ length: 20 }, () => ago(5)) }, { ok: false, scope: "client", retryAt: ago(-10) }],
    // The account is under attack, but this client has not failed on it: never stopped by that.
    ["attacked account, clean client", { ...none, account: Array.from({ length: 30 }, () => ago(1)) }, { ok: true }],
    ["attacked account, client with 2 failures", { pair: times(1, 2), client: times(1, 2), account: Array.from({ length: 12 }, () => ago(1)) }, { ok: true }],
    [
      "attacked account, client with 3 failures in the hour",
      { pair: times(20, 30, 40), client: times(20, 30, 40), account: Array.from({ length: 10 }, (_, i) => ago(10 + i)) },
      // Released when the account drops below 10 (the 10th newest, 19 min ago, leaves at +41) or the
      // client drops below 3 (its 3rd newest, 40 min ago, leaves at +20): whichever comes first.
      { ok: false, scope: "account", retryAt: ago(-20) },
    ],
    ["9 account failures", { pair: times(1, 2, 3), client: times(1, 2, 3), account: Array.from({ length: 9 }, () => ago(1)) }, { ok: true }],
  ])("%s", (_label, failures, expected) => {
    expect(decideSignInLimit(failures, NOW)).toEqual(expected);
  });

  test("several limits: the answer is the one that lasts longest", () => {
    const decision = decideSignInLimit({ ...none, pair: times(1, 1, 1, 1, 1), client: Array.from({ length: 20 }, () => ago(14)) }, NOW);
    expect(decision).toEqual({ ok: false, scope: "pair", retryAt: ago(-14) });
  });

  const minutesAgo = fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 40 });
  const failures = fc.record({ pair: minutesAgo, client: minutesAgo, account: minutesAgo }).map((r) => ({
    pair: r.pair.map(ago),
    // A pair failure is also a failure of its client and of its account.
    client: [...r.client, ...r.pair].map(ago),
    account: [...r.account, ...r.pair].map(ago),
  }));

  test("property: a client with no failures on the email is stopped only by its own client limit", () => {
    fc.assert(
      fc.property(failures, (f) => {
        const decision = decideSignInLimit({ ...f, pair: [] }, NOW);
        if (!decision.ok) expect(decision.scope).toBe("client");
      }),
    );
  });

  test("property: a refusal ends in the future, and the same failures no longer refuse at that time", () => {
    fc.assert(
      fc.property(failures, (f) => {
        const decision = decideSignInLimit(f, NOW);
        if (decision.ok) return;
        expect(decision.retryAt.getTime()).toBeGreaterThan(NOW.getTime());
        expect(decision.retryAt.getTime() - NOW.getTime()).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.windowMinutes * 60_000);
        expect(decideSignInLimit(f, decision.retryAt).ok).toBe(true);
      }),
    );
  });

  test("property: one more failure never turns a refusal into an allowance", () => {
    fc.assert(
      fc.property(failures, fc.integer({ min: 0, max: 120 }), (f, extra) => {
        if (decideSignInLimit(f, NOW).ok) return;
        const more = { pair: [...f.pair, ago(extra)], client: [...f.client, ago(extra)], account: [...f.account, ago(extra)] };
        expect(decideSignInLimit(more, NOW).ok).toBe(false);
      }),
    );
  });
});
