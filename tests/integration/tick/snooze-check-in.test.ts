// "Later" (s) on a commitment's check-in in the tick: out of the queue until the user's next day,
// nothing checked in; through the server function, API v1, and never on someone else's commitment.
import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { listTickQueue } from "@/lib/server/tick/list-tick-queue";
import { snoozeCommitmentCheckIn } from "@/lib/server/tick/snooze-commitment-check-in";
import { api, createApiUser } from "../api/helpers";
import { expectAppError } from "../callbacks/helpers";
import { NOW, NY, actorOf, insertCommitment } from "../commitments/helpers";
import { createTestUser } from "../factories";

const checkInKeys = async (actor: ReturnType<typeof actorOf>, now: Date) =>
  (await listTickQueue(actor, now)).items.filter((item) => item.kind === "commitment").map((item) => item.key);

describe("[tick] later on a commitment check-in", () => {
  test("leaves the queue until the start of the user's next day; nothing is checked in", async () => {
    const actor = actorOf(await createTestUser({ timeZone: NY }));
    const commitment = await insertCommitment(actor, { startsOn: "2035-06-13" });
    expect(await checkInKeys(actor, NOW)).toEqual([`commitment:${commitment.id}:check-in:2035-06-13`]);

    const { snoozedUntil } = await snoozeCommitmentCheckIn(actor, commitment.id, NOW);
    // 16:00 in New York on the 13th: the next day starts at 04:00 UTC on the 14th.
    expect(snoozedUntil).toEqual(new Date("2035-06-14T04:00:00.000Z"));
    expect(await checkInKeys(actor, NOW)).toEqual([]);
    expect(await checkInKeys(actor, new Date("2035-06-14T03:59:59.999Z"))).toEqual([]);
    // Tomorrow the skipped day comes back beside the new one.
    expect(new Set(await checkInKeys(actor, snoozedUntil))).toEqual(
      new Set([`commitment:${commitment.id}:check-in:2035-06-14`, `commitment:${commitment.id}:check-in:2035-06-13`]),
    );
    expect(await getDb().commitmentCheckIn.count({ where: { commitmentId: commitment.id } })).toBe(0);
  });

  test("a closed commitment has nothing to put off; another user's is not found and unchanged", async () => {
    const alice = actorOf(await createTestUser({ timeZone: NY }));
    const bob = actorOf(await createTestUser({ timeZone: NY }));
    const kept = await insertCommitment(alice, { state: "KEPT" });
    await expectAppError(snoozeCommitmentCheckIn(alice, kept.id, NOW), "CONFLICT");
    const active = await insertCommitment(alice);
    await expectAppError(snoozeCommitmentCheckIn(bob, active.id, NOW), "NOT_FOUND");
    expect(await getDb().commitment.findUniqueOrThrow({ where: { id: active.id } })).toMatchObject({ snoozedUntil: null, version: active.version });
  });

  test("API v1: POST /commitments/{id}/snooze answers the instant; someone else's is 404", async () => {
    const a = await createApiUser();
    const b = await createApiUser();
    const commitment = await insertCommitment(a.user);
    const snoozed = await api("POST", `/api/v1/commitments/${commitment.id}/snooze`, { token: a.token, body: {} });
    expect(snoozed.status).toBe(200);
    expect(snoozed.body.id).toBe(commitment.id);
    expect(new Date(snoozed.body.snoozedUntil).getTime()).toBeGreaterThan(Date.now());
    const other = await api("POST", `/api/v1/commitments/${commitment.id}/snooze`, { token: b.token, body: {} });
    expect(other.status).toBe(404);
  });
});
