import { describe, expect, test } from "vitest";
import { GET as listCallbacksRoute } from "@/app/api/callbacks/route";
import { getDb } from "@/lib/db";
import { SIGN_IN_LIMITS } from "@/lib/domain/sign-in-limits";
import { authorizeSignIn } from "@/lib/server/auth/authorize-sign-in";
import { changePassword } from "@/lib/server/auth/change-password";
import { createUser } from "@/lib/server/users/create-user";
import { signUpSchema } from "@/lib/validation/auth";
import { createTestEmail } from "../factories";
import { NO_PARAMS, apiRequest, signInAs } from "./helpers";

const OLD = "violet tram under ninety lamps";
const NEW = "quiet harbour seventeen kites";
const CLIENT = "198.51.100.20";

async function owner() {
  const email = createTestEmail();
  const user = await createUser(signUpSchema.parse({ email, password: OLD, timeZone: "UTC", name: "Grace Hopper" }));
  return { ...user, email };
}

async function status(cookie: string): Promise<number> {
  return (await listCallbacksRoute(apiRequest("/api/callbacks", { cookie }), NO_PARAMS)).status;
}

describe("[sessions] password change", () => {
  test("needs the current password, keeps this session, signs out every other one, and the new password works", async () => {
    const user = await owner();
    const here = await signInAs(user.id);
    const elsewhere = await Promise.all([signInAs(user.id), signInAs(user.id)]);
    const result = await changePassword({ userId: user.id, currentPassword: OLD, newPassword: NEW, keepSessionId: here.sessionId, clientKey: CLIENT, now: new Date() });
    expect(result).toEqual({ signedOutSessions: 2 });
    expect(await status(here.cookie)).toBe(200);
    expect(await Promise.all(elsewhere.map((s) => status(s.cookie)))).toEqual([401, 401]);

    const now = new Date();
    expect(await authorizeSignIn({ email: user.email, password: OLD, clientKey: CLIENT, now })).toMatchObject({ reason: "wrong-credentials" });
    expect(await authorizeSignIn({ email: user.email, password: NEW, clientKey: CLIENT, now })).toMatchObject({ ok: true });
  });

  test("a wrong current password is refused next to its field and changes nothing", async () => {
    const user = await owner();
    const here = await signInAs(user.id);
    const other = await signInAs(user.id);
    const before = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    await expect(
      changePassword({ userId: user.id, currentPassword: "not my password", newPassword: NEW, keepSessionId: here.sessionId, clientKey: CLIENT, now: new Date() }),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { currentPassword: ["That isn't your current password."] } });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })).toEqual(before);
    expect(await status(other.cookie)).toBe(200);
  });

  test("wrong current passwords count like failed sign-ins: after 5, even the right one is refused from that client", async () => {
    const user = await owner();
    const here = await signInAs(user.id);
    const start = new Date("2026-05-01T09:00:00Z");
    const input = { userId: user.id, newPassword: NEW, keepSessionId: here.sessionId, clientKey: CLIENT };
    for (let i = 0; i < SIGN_IN_LIMITS.pair.maxFailures; i += 1) {
      await expect(changePassword({ ...input, currentPassword: `guess number ${i}`, now: start })).rejects.toMatchObject({ code: "INVALID" });
    }
    await expect(changePassword({ ...input, currentPassword: OLD, now: start })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      retryAfterSeconds: 15 * 60,
      fieldErrors: { currentPassword: ["Too many wrong passwords. Try again in 15 minutes."] },
    });
    // The guesses also count for the sign-in form from that client.
    expect(await authorizeSignIn({ email: user.email, password: OLD, clientKey: CLIENT, now: start })).toMatchObject({ reason: "rate-limited" });
  });

  test.each([
    ["too short", "short one", /^Too short: 9 of 12 characters\.$/],
    ["a common password", "password1234", /^Too easy to guess\. /],
    ["the account's own name and email", "gracehopper2026", /^Too easy to guess\./],
    ["the current password", OLD, /^That is your current password\. Choose a new one\.$/],
  ])("a new password that is %s is refused next to its field", async (_label, newPassword, message) => {
    const user = await owner();
    const here = await signInAs(user.id);
    const error = await changePassword({ userId: user.id, currentPassword: OLD, newPassword, keepSessionId: here.sessionId, clientKey: CLIENT, now: new Date() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID" });
    expect((error as { fieldErrors: Record<string, string[]> }).fieldErrors.newPassword?.[0]).toMatch(message);
  });

  test("sign-up refuses a guessable password next to the field and creates no account", async () => {
    const email = createTestEmail();
    await expect(createUser(signUpSchema.parse({ email, password: "iloveyou2024", timeZone: "UTC" }))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { password: [expect.stringMatching(/^Too easy to guess\. This is similar to a commonly used password\./)] },
    });
    expect(await getDb().user.count({ where: { email } })).toBe(0);
  });
});
