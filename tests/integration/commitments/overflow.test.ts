// Making a commitment adds 3 to the load: one that overflows capacity asks first, as a capture does
// (the app's form, its server action's function, and API v1 with `confirmOverflow`).
import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { createCommitment } from "@/lib/server/commitments/create-commitment";
import { createCommitmentSchema } from "@/lib/validation/commitments";
import { insertCallback } from "../callbacks/helpers";
import { api, createApiUser } from "../api/helpers";
import { createTestUser } from "../factories";
import { NOW, NY, actorOf, insertCommitment } from "./helpers";

const input = (extra: Record<string, unknown> = {}) =>
  createCommitmentSchema.parse({ title: "Write the book", startsOn: "2035-06-13", endsOn: "2035-06-20", cadence: "DAILY", ...extra });

describe("[commitments] creating one that overflows capacity", () => {
  test("asks first and writes nothing; confirming makes it", async () => {
    const actor = actorOf(await createTestUser({ timeZone: NY, capacity: 7 }));
    await insertCommitment(actor, { title: "Run" });
    await insertCallback(actor, { weight: 2 });
    // Load 3 + 2 = 5; one more commitment makes 8 of 7.
    const asked = await createCommitment(actor, input(), NOW);
    expect(asked).toEqual({
      status: "needs-confirmation",
      reason: "overflow",
      reasons: ["overflow"],
      message: "This takes your load to 8 of 7: more open threads than you can hold. Make it anyway?",
      load: 5,
      capacity: 7,
    });
    expect(await getDb().commitment.count({ where: { userId: actor.id } })).toBe(1);

    const made = await createCommitment(actor, input({ confirmOverflow: true }), NOW);
    expect(made).toMatchObject({ status: "created", title: "Write the book", confirmed: [{ reason: "overflow", message: asked.status === "needs-confirmation" ? asked.message : "" }] });
    expect(await getDb().commitment.count({ where: { userId: actor.id } })).toBe(2);
  });

  test("within capacity it doesn't ask", async () => {
    const actor = actorOf(await createTestUser({ timeZone: NY, capacity: 7 }));
    expect(await createCommitment(actor, input(), NOW)).toMatchObject({ status: "created", confirmed: [] });
  });

  test("the limit of 3 is answered before any question", async () => {
    const actor = actorOf(await createTestUser({ timeZone: NY, capacity: 7 }));
    for (let i = 0; i < 3; i += 1) await insertCommitment(actor, { title: `Block ${i}` });
    await expect(createCommitment(actor, input(), NOW)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("[commitments] API v1: overflow goes ahead with warnings unless asked to ask", () => {
  const today = () => new Date().toISOString().slice(0, 10);
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  test("confirmOverflow absent: 201 with a warning; false: 409 NEEDS_CONFIRMATION and nothing saved", async () => {
    const { token, user } = await createApiUser({ capacity: 4 });
    const body = { title: "Ship the site", startsOn: today(), endsOn: inDays(10), cadence: "DAILY" };
    const first = await api("POST", "/api/v1/commitments", { token, body });
    expect(first.status).toBe(201);
    expect(first.body.warnings).toEqual([]);

    const refused = await api("POST", "/api/v1/commitments", { token, body: { ...body, title: "Second", confirmOverflow: false } });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: "NEEDS_CONFIRMATION",
      message: "This takes your load to 6 of 4: more open threads than you can hold. Make it anyway?",
    });
    expect(await getDb().commitment.count({ where: { userId: user.id } })).toBe(1);

    const warned = await api("POST", "/api/v1/commitments", { token, body: { ...body, title: "Second" } });
    expect(warned.status).toBe(201);
    expect(warned.body.warnings).toEqual([{ code: "overflow", message: "This takes your load to 6 of 4: more open threads than you can hold. Make it anyway?" }]);
    expect(await getDb().commitment.count({ where: { userId: user.id } })).toBe(2);
  });
});
