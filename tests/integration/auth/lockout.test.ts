import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { clientRateLimitKey } from "@/lib/domain/client-address";
import { SIGN_IN_LIMITS } from "@/lib/domain/sign-in-limits";
import { authorizeSignIn } from "@/lib/server/auth/authorize-sign-in";
import { createUser } from "@/lib/server/users/create-user";
import { signUpSchema } from "@/lib/validation/auth";
import { createTestEmail } from "../factories";

const PASSWORD = "violet tram under ninety lamps";
const WRONG = "not the password at all";
const minutes = (start: Date, m: number) => new Date(start.getTime() + m * 60_000);

let nextClient = 1;
/** A client address of its own per call (documentation ranges), so tests never share a client's limit. */
function newClient(): string {
  nextClient += 1;
  return `203.0.${Math.floor(nextClient / 250) % 250}.${(nextClient % 250) + 1}`;
}

async function owner(): Promise<string> {
  const email = createTestEmail();
  await createUser(signUpSchema.parse({ email, password: PASSWORD, timeZone: "UTC" }));
  return email;
}

function attempt(email: string, password: string, client: string, at: Date) {
  return authorizeSignIn({ email, password, clientKey: clientRateLimitKey(client), now: at });
}

describe("[lockout] failed sign-ins are limited by email and client, never against the owner", () => {
  test("5 wrong passwords from one client stop that client for that email (even with the right password) — until the window passes", async () => {
    const email = await owner();
    const attacker = newClient();
    const start = new Date("2026-04-01T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMITS.pair.maxFailures; i += 1) {
      expect(await attempt(email, WRONG, attacker, minutes(start, i))).toEqual({ ok: false, reason: "wrong-credentials" });
    }
    expect(await attempt(email, PASSWORD, attacker, minutes(start, 5))).toEqual({
      ok: false,
      reason: "rate-limited",
      scope: "pair",
      retryAt: minutes(start, 15),
    });
    // Refused attempts are not recorded, so hammering does not renew the lock.
    for (let i = 0; i < 3; i += 1) await attempt(email, WRONG, attacker, minutes(start, 6 + i));
    expect(await getDb().signInAttempt.count({ where: { email } })).toBe(SIGN_IN_LIMITS.pair.maxFailures);
    expect((await attempt(email, PASSWORD, attacker, new Date(minutes(start, 15).getTime() + 1))).ok).toBe(true);
  });

  test("the owner signs in from another client at once while the attacker's client is locked out", async () => {
    const email = await owner();
    const attacker = newClient();
    const start = new Date("2026-04-02T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMITS.pair.maxFailures; i += 1) await attempt(email, WRONG, attacker, minutes(start, 0));
    expect(await attempt(email, PASSWORD, attacker, minutes(start, 1))).toMatchObject({ reason: "rate-limited" });
    expect(await attempt(email, PASSWORD, newClient(), minutes(start, 1))).toMatchObject({ ok: true });
  });

  test("one client trying many emails is stopped for every email after 20 failures; other clients are not", async () => {
    const sprayer = newClient();
    const start = new Date("2026-04-03T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMITS.client.maxFailures; i += 1) {
      expect(await attempt(createTestEmail(), WRONG, sprayer, minutes(start, 0))).toMatchObject({ reason: "wrong-credentials" });
    }
    const victim = await owner();
    expect(await attempt(victim, PASSWORD, sprayer, minutes(start, 1))).toEqual({
      ok: false,
      reason: "rate-limited",
      scope: "client",
      retryAt: minutes(start, SIGN_IN_LIMITS.client.windowMinutes),
    });
    expect(await attempt(victim, PASSWORD, newClient(), minutes(start, 1))).toMatchObject({ ok: true });
  });

  test("an email attacked from many clients: clients that failed 3 times are stopped; a client that has not failed gets in", async () => {
    const email = await owner();
    const start = new Date("2026-04-04T10:00:00Z");
    // 4 attacking clients, 3 failures each (under the per-client 5): 12 failures on the email within the hour.
    const attackers = [newClient(), newClient(), newClient(), newClient()];
    for (const [index, client] of attackers.entries()) {
      for (let i = 0; i < 3; i += 1) {
        // A wrong password each time (once the email is under attack, possibly a refusal instead).
        expect((await attempt(email, WRONG, client, minutes(start, index * 3 + i))).ok).toBe(false);
      }
    }
    expect(await getDb().signInAttempt.count({ where: { email, succeeded: false } })).toBeGreaterThanOrEqual(SIGN_IN_LIMITS.account.maxFailures);
    // An attacking client is now stopped even though it is below the 5-per-client lock…
    const stopped = await attempt(email, PASSWORD, attackers[3]!, minutes(start, 20));
    expect(stopped).toMatchObject({ ok: false, reason: "rate-limited", scope: "account" });
    // …while the owner, from a client that has not failed on this email, is never stopped.
    expect(await attempt(email, PASSWORD, newClient(), minutes(start, 20))).toMatchObject({ ok: true });
    // A client with one typo is not stopped either.
    const typo = newClient();
    await attempt(email, WRONG, typo, minutes(start, 21));
    expect(await attempt(email, PASSWORD, typo, minutes(start, 22))).toMatchObject({ ok: true });
  });

  test("addresses in one IPv6 /64 share a limit; IPv4-mapped addresses count as IPv4", async () => {
    const email = await owner();
    const start = new Date("2026-04-05T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMITS.pair.maxFailures; i += 1) await attempt(email, WRONG, `2001:db8:1:2::${i + 1}`, minutes(start, i));
    expect(await attempt(email, PASSWORD, "2001:db8:1:2:ffff::9", minutes(start, 6))).toMatchObject({ reason: "rate-limited", scope: "pair" });
    expect(await attempt(email, PASSWORD, "2001:db8:1:3::1", minutes(start, 6))).toMatchObject({ ok: true });

    const other = await owner();
    for (let i = 0; i < SIGN_IN_LIMITS.pair.maxFailures; i += 1) await attempt(other, WRONG, "::ffff:198.51.100.77", minutes(start, i));
    expect(await attempt(other, PASSWORD, "198.51.100.77", minutes(start, 6))).toMatchObject({ reason: "rate-limited", scope: "pair" });
  });

  test("the limits of one email do not touch another email from the same client", async () => {
    const locked = await owner();
    const other = await owner();
    const client = newClient();
    const start = new Date("2026-04-06T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMITS.pair.maxFailures; i += 1) await attempt(locked, WRONG, client, start);
    expect(await attempt(locked, PASSWORD, client, start)).toMatchObject({ reason: "rate-limited" });
    expect(await attempt(other, PASSWORD, client, start)).toMatchObject({ ok: true });
  });
});
