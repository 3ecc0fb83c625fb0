import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { replyObservation } from "@/lib/domain/kinds";
import { seededRandom } from "@/lib/domain/seeded-random";
import { fitKaplanMeier } from "@/lib/domain/survival";
import { listKinds } from "@/lib/server/kinds/list-kinds";
import { getReplyModels, REPLY_HISTORY_PER_KIND } from "@/lib/server/learning/get-reply-models";
import { addDays, callbackData, FAR_NOW } from "../callbacks/helpers";
import { createTestUser } from "../factories";

const ENDED = ["FULFILLED", "REJECTED", "TIMED_OUT", "CANCELLED"] as const;

/**
 * The curves read each kind's recent ended callbacks aggregated in SQL (reply times and outcomes
 * per kind, not a row each). Checked against the plain reading: every open callback and the
 * REPLY_HISTORY_PER_KIND most recently ended ones per kind as rows, fitted the same way.
 */
describe("[learning] the reply history the curves are fitted on", () => {
  test("matches fitting the rows one by one: open ones, the most recent ended per kind (past the cap), custom kinds apart", async () => {
    const user = await createTestUser();
    const now = FAR_NOW;
    const grant = await getDb().kind.create({
      data: { userId: user.id, key: "GRANT", name: "Grant", expectedReplyDays: 40, timeoutDays: 90, followUpDays: [], defaultPrior: 0.2, defaultPayoff: 6 },
    });
    const random = seededRandom(20261201);
    const data = [];
    // Job applications past the cap (the oldest must drop out), a few of each other kind, a custom kind.
    const plan = [
      { kind: "JOB_APPLICATION", customKindId: null, ended: REPLY_HISTORY_PER_KIND + 150, open: 7 },
      { kind: "NETWORKING_MESSAGE", customKindId: null, ended: 40, open: 3 },
      { kind: "OTHER", customKindId: grant.id, ended: 25, open: 2 },
      { kind: "OTHER", customKindId: null, ended: 5, open: 0 },
    ] as const;
    for (const { kind, customKindId, ended, open } of plan) {
      for (let i = 0; i < ended; i += 1) {
        const startedAt = addDays(now, -(10 + random() * 700));
        const lastContactAt = addDays(startedAt, random() < 0.3 ? random() * 5 : 0);
        // Some end "before" their last contact (a back-dated reply): a duration of 0.
        const settledAt = addDays(lastContactAt, random() < 0.05 ? -random() : random() * 30);
        data.push(callbackData(user, startedAt, { kind, customKindId, title: `Ended ${i}`, state: ENDED[Math.floor(random() * 4)]!, lastContactAt, settledAt }));
      }
      for (let i = 0; i < open; i += 1) {
        const startedAt = addDays(now, -random() * 20);
        data.push(callbackData(user, startedAt, { kind, customKindId, title: `Open ${i}`, lastContactAt: startedAt, timesOutAt: addDays(now, 30) }));
      }
    }
    await getDb().callback.createMany({ data });

    const kinds = await listKinds(user.id);
    const models = await getReplyModels(user.id, kinds, now);

    for (const kind of kinds) {
      const where = { userId: user.id, customKindId: kind.id ?? null, ...(kind.id ? {} : { kind: kind.storedKind }) };
      const select = { state: true, lastContactAt: true, settledAt: true } as const;
      const [open, ended] = await Promise.all([
        getDb().callback.findMany({ where: { ...where, state: "PENDING" }, select }),
        getDb().callback.findMany({
          where: { ...where, state: { in: [...ENDED] }, settledAt: { not: null } },
          orderBy: [{ settledAt: "desc" }, { id: "desc" }],
          take: REPLY_HISTORY_PER_KIND,
          select,
        }),
      ]);
      const rows = [...open, ...ended];
      const model = models.get(kind.key)!;
      expect(model.curve, kind.key).toEqual(fitKaplanMeier(rows.map((row) => replyObservation(row, now))));
      const yeses = ended.filter((row) => row.state === "FULFILLED").map((row) => replyObservation(row, now).durationDays);
      expect([...model.yesReplyDays].sort((a, b) => a - b), kind.key).toEqual(yeses.sort((a, b) => a - b));
    }
    // The cap was crossed, and the custom kind kept its own history.
    expect(models.get("JOB_APPLICATION")!.curve.observations).toBe(REPLY_HISTORY_PER_KIND + 7);
    expect(models.get("GRANT")!.curve.observations).toBe(25 + 2);
    expect(models.get("OTHER")!.curve.observations).toBe(5);
  });
});
