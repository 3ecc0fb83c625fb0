import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { currentProbability } from "@/lib/domain/probability";
import { getCallback } from "@/lib/server/callbacks/get-callback";
import { createTestUser } from "../factories";
import { FAR_NOW, addDays, insertCallback } from "./helpers";

const NOW = FAR_NOW;

describe("[callbacks] detail", () => {
  test("returns the row exactly as stored, with its area and its history in order", async () => {
    const user = await createTestUser({ timeZone: "America/New_York" });
    const db = getDb();
    const area = await db.area.create({ data: { userId: user.id, name: "Networking", color: "#112233", targetPct: 20, position: 0 } });
    const startedAt = addDays(NOW, -6);
    const callback = await insertCallback(user, {
      areaId: area.id,
      kind: "NETWORKING_MESSAGE",
      title: "Coffee with Cy",
      counterparty: "Cy",
      startedAt,
      lastContactAt: addDays(NOW, -2),
      expectedReplyDays: 3,
      followUpDays: [3, 10, 17],
      followUpCount: 1,
      expectedReplyBy: addDays(NOW, 1),
      timesOutAt: addDays(NOW, 15),
      priorProbability: 0.3,
      probability: 0.5,
      payoff: 4,
      weight: 1.5,
      effort: 2,
    });
    // Logged out of order; the detail sorts by time.
    await db.callbackEvent.createMany({
      data: [
        { callbackId: callback.id, userId: user.id, type: "FOLLOW_UP", at: addDays(NOW, -2) },
        { callbackId: callback.id, userId: user.id, type: "CREATED", at: startedAt, probabilityAfter: 0.3 },
        { callbackId: callback.id, userId: user.id, type: "EVIDENCE", at: addDays(NOW, -4), likelihoodRatio: 7 / 3, probabilityAfter: 0.5, data: { mode: "lr" } },
      ],
    });

    const detail = await getCallback(user, callback.id, NOW);
    const stored = await db.callback.findUniqueOrThrow({ where: { id: callback.id } });
    expect(detail.callback).toEqual({ ...stored, area: { id: area.id, name: "Networking", color: "#112233" } });
    expect(detail.callback.followUpDays).toEqual([3, 10, 17]);
    expect(detail.events.map((e) => e.type)).toEqual(["CREATED", "EVIDENCE", "FOLLOW_UP"]);
    expect(detail.events[1]).toMatchObject({ likelihoodRatio: 7 / 3, data: { mode: "lr" } });

    const shown = currentProbability({ explicit: 0.5, lastContactAt: addDays(NOW, -2), expectedReplyDays: 3, now: NOW });
    expect(detail.probability).toBeCloseTo(shown, 12);
    expect(detail.expectedValue).toBeCloseTo(shown * 4, 12);
    expect(detail.lateness).toBe("on_time");
    // Second follow-up: 7 days (10 − 3) after the last contact, same wall-clock time in New York.
    expect(detail.nextFollowUp).toEqual({ index: 1, dueAt: addDays(NOW, 5), isDue: false });
    expect(detail.actions).toEqual(["FULFILL", "REJECT", "FOLLOW_UP", "LOG_CONTACT", "ADD_EVIDENCE", "EXTEND", "EDIT", "CANCEL"]);
    expect(detail.series[0]).toEqual({ at: startedAt, probability: 0.3 });
    expect(detail.series.at(-1)?.at).toEqual(NOW);
    expect(detail.series.at(-1)?.probability).toBeCloseTo(shown, 12);
  });

  test("a callback without an area, settled: no area, frozen probability, no follow-up", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user, { state: "REJECTED", settledAt: addDays(NOW, -1), probabilityAtSettlement: 0.12, realisedPayoff: 0 });
    const detail = await getCallback(user, callback.id, NOW);
    expect(detail.callback.area).toBeNull();
    expect(detail.callback).toMatchObject({ state: "REJECTED", settledAt: addDays(NOW, -1), realisedPayoff: 0, isLate: false });
    expect(detail).toMatchObject({ probability: 0.12, lateness: null, nextFollowUp: null, actions: ["REOPEN"], events: [] });
  });
});
