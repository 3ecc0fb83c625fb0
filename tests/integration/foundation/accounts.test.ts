import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { DEFAULT_AREAS } from "@/lib/domain/areas";
import { AppError } from "@/lib/errors";
import { SIGN_IN_LIMITS } from "@/lib/domain/sign-in-limits";
import { authorizeSignIn as authorize } from "@/lib/server/auth/authorize-sign-in";
import { createUser } from "@/lib/server/users/create-user";
import { deleteUser } from "@/lib/server/users/delete-user";
import { updateProfile } from "@/lib/server/users/update-profile";
import { signUpSchema } from "@/lib/validation/auth";
import { createTestEmail, createTestUser } from "../factories";

const PASSWORD = "correct horse battery";
const MAX_FAILED_SIGN_INS = SIGN_IN_LIMITS.pair.maxFailures;

/** Sign-in from one client (these tests are about the email; the lockout tests vary the client). */
function authorizeSignIn(email: string, password: string, now: Date) {
  return authorize({ email, password, clientKey: "198.51.100.1", now });
}

async function signUp(email = createTestEmail()) {
  return createUser(signUpSchema.parse({ email, password: PASSWORD, timeZone: "Europe/Berlin", name: "Ada" }));
}

describe("[accounts] sign-up", () => {
  test("creates the user with an argon2id hash and the five seed areas summing to 100", async () => {
    const user = await signUp();
    const row = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.timeZone).toBe("Europe/Berlin");
    const areas = await getDb().area.findMany({ where: { userId: user.id }, orderBy: { position: "asc" } });
    expect(areas.map((a) => [a.name, a.targetPct])).toEqual(DEFAULT_AREAS.map((a) => [a.name, a.targetPct]));
    expect(areas.reduce((sum, a) => sum + a.targetPct, 0)).toBe(100);
  });

  test("normalises the email and refuses a taken one (any case) without writing a row", async () => {
    const email = createTestEmail();
    await signUp(email);
    const attempt = signUp(email.toUpperCase());
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: [expect.stringContaining("already exists")] } });
    // Counted for this address only: other test files create users in parallel.
    expect(await getDb().user.count({ where: { email: { equals: email, mode: "insensitive" } } })).toBe(1);
  });

  test.each([
    [{ email: "not-an-email", password: PASSWORD, timeZone: "UTC" }, "email"],
    [{ email: "a@b.co", password: "short", timeZone: "UTC" }, "password"],
    [{ email: "a@b.co", password: "eleven char", timeZone: "UTC" }, "password"],
    [{ email: "a@b.co", password: PASSWORD, timeZone: "Mars/Olympus" }, "timeZone"],
  ])("rejects bad input %j on %s", (input, field) => {
    const parsed = signUpSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});

describe("[accounts] sign-in", () => {
  test("accepts the right password and says nothing specific about a wrong one or an unknown email", async () => {
    const email = createTestEmail();
    const user = await signUp(email);
    const now = new Date();
    await expect(authorizeSignIn(email, PASSWORD, now)).resolves.toMatchObject({ ok: true, user: { id: user.id } });
    await expect(authorizeSignIn(email, "wrong password!", now)).resolves.toEqual({ ok: false, reason: "wrong-credentials" });
    await expect(authorizeSignIn(createTestEmail(), PASSWORD, now)).resolves.toEqual({ ok: false, reason: "wrong-credentials" });
  });

  test("after 5 failures in 15 minutes the 6th attempt is refused even with the right password, until the window passes", async () => {
    const email = createTestEmail();
    await signUp(email);
    const start = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1) {
      const at = new Date(start.getTime() + i * 60_000);
      await expect(authorizeSignIn(email, "wrong password!", at)).resolves.toMatchObject({ reason: "wrong-credentials" });
    }
    const sixth = await authorizeSignIn(email, PASSWORD, new Date(start.getTime() + 5 * 60_000));
    expect(sixth).toEqual({ ok: false, reason: "rate-limited", scope: "pair", retryAt: new Date(start.getTime() + 15 * 60_000) });
    // Refused attempts are not recorded, so the lock does not extend itself.
    expect(await getDb().signInAttempt.count({ where: { email } })).toBe(MAX_FAILED_SIGN_INS);
    const later = await authorizeSignIn(email, PASSWORD, new Date(start.getTime() + 15 * 60_000 + 1));
    expect(later.ok).toBe(true);
  });

  test("failures of one email do not limit another", async () => {
    const locked = createTestEmail();
    const other = createTestEmail();
    await signUp(other);
    const now = new Date("2026-03-02T10:00:00Z");
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1) await authorizeSignIn(locked, "nope nope nope", now);
    // (From the same client: 5 failures stay below that client's own limit of 20.)
    await expect(authorizeSignIn(other, PASSWORD, now)).resolves.toMatchObject({ ok: true });
  });
});

describe("[accounts] profile and deletion", () => {
  test("updates only the signed-in user's own profile", async () => {
    const a = await createTestUser();
    const b = await createTestUser({ name: "Bea" });
    await updateProfile(a.id, { name: "Ada", timeZone: "America/Los_Angeles", capacity: 9 });
    const [rowA, rowB] = await Promise.all([
      getDb().user.findUniqueOrThrow({ where: { id: a.id } }),
      getDb().user.findUniqueOrThrow({ where: { id: b.id } }),
    ]);
    expect([rowA.name, rowA.timeZone, rowA.capacity]).toEqual(["Ada", "America/Los_Angeles", 9]);
    expect([rowB.name, rowB.timeZone, rowB.capacity]).toEqual(["Bea", "UTC", 7]);
  });

  test("deleting an account removes every row of that user and nothing of another", async () => {
    const email = createTestEmail();
    const a = await signUp(email);
    const b = await signUp();
    await authorizeSignIn(email, "wrong password!", new Date());
    const areaId = (await getDb().area.findFirstOrThrow({ where: { userId: a.id } })).id;
    const callback = await getDb().callback.create({
      data: {
        userId: a.id,
        areaId,
        kind: "OTHER",
        title: "doomed",
        startedAt: new Date(),
        expectedReplyBy: new Date(Date.now() + 86_400_000),
        timesOutAt: new Date(Date.now() + 2 * 86_400_000),
        expectedReplyDays: 1,
        timeoutDays: 2,
        followUpDays: [],
        lastContactAt: new Date(),
        priorProbability: 0.5,
        probability: 0.5,
        payoff: 5,
      },
    });
    await getDb().callbackEvent.create({ data: { callbackId: callback.id, userId: a.id, type: "CREATED", at: new Date() } });
    await getDb().kindDefault.create({
      data: { userId: a.id, kind: "OTHER", expectedReplyDays: 2, timeoutDays: 4, followUpDays: [], defaultPrior: 0.2, defaultPayoff: 3 },
    });

    await deleteUser(a.id);

    const db = getDb();
    const leftovers = await Promise.all([
      db.user.count({ where: { id: a.id } }),
      db.area.count({ where: { userId: a.id } }),
      db.callback.count({ where: { userId: a.id } }),
      db.callbackEvent.count({ where: { userId: a.id } }),
      db.kindDefault.count({ where: { userId: a.id } }),
      db.signInAttempt.count({ where: { email } }),
    ]);
    expect(leftovers).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await db.area.count({ where: { userId: b.id } })).toBe(5);
    await expect(deleteUser(a.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
