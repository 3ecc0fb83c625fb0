import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { getCallbackReplyModel } from "@/lib/server/learning/get-callback-reply-model";
import { listReplyCurves } from "@/lib/server/learning/list-reply-curves";
import { addDays, callbackData, FAR_NOW } from "../callbacks/helpers";
import { createTestUser } from "../factories";
import { clusteredJobReplies, insertSettledHistory } from "./fixtures";

const actorOf = (user: { id: string }) => ({ id: user.id, timeZone: "UTC", capacity: 7 });

describe("[learning] reply-time curves in use", () => {
  test("60 clustered job applications: median 5 days, and silence decays along the curve (hand-computed)", async () => {
    const user = await createTestUser();
    const now = FAR_NOW;
    await insertSettledHistory(user, clusteredJobReplies(), { now });
    // Pending at an explicit 50 %: one silent 4.5 days, one 3 days, both censored where they are. By hand: the
    // 3-day one leaves before the first reply; the 4.5-day one is at risk at 4 days, so S(4) = 1 − 12/61 = 49/61,
    // it has left by 5 days, so S(5) = 49/61 · (1 − 36/48) = 49/244, and S(6) = 0 (dropped from the model, whose
    // tail halves every 5 days from there).
    const [waiting, fresh] = await Promise.all([
      getDb().callback.create({ data: callbackData(user, addDays(now, -4.5), { kind: "JOB_APPLICATION", probability: 0.5, expectedReplyDays: 14, timesOutAt: addDays(now, 30) }) }),
      getDb().callback.create({ data: callbackData(user, addDays(now, -3), { kind: "JOB_APPLICATION", probability: 0.5, expectedReplyDays: 14, timesOutAt: addDays(now, 30) }) }),
    ]);

    const atFourAndAHalf = await getCallbackReplyModel(actorOf(user), waiting, now);
    expect(atFourAndAHalf.sourceText).toBe("from 60 of your replies");
    expect(atFourAndAHalf.model.medianDays).toBe(5);
    // p(1−F)/(p(1−F) + 1 − p) with 1 − F = S(4.5) = 49/61: 49/110.
    expect(atFourAndAHalf.probability).toBeCloseTo(49 / 110, 10);
    // Before the first reply time nothing has decayed (the default 14-day exponential would have: 0.5 → 0.46).
    expect((await getCallbackReplyModel(actorOf(user), fresh, now)).probability).toBe(0.5);

    const [job] = await listReplyCurves(actorOf(user), now);
    expect(job).toMatchObject({ key: "JOB_APPLICATION", source: "history", medianDays: 5, events: 60, censored: 2, sourceText: "from 60 of your replies" });
    expect(job!.points.map((point) => [point.days, Math.round(point.silent * 100) / 100])).toEqual([
      [0, 100],
      [3, 100],
      [4, 80.33],
      [4.5, 80.33],
      [5, 20.08],
      [6, 0],
    ]);
    // Of the 20 yeses, 4 replied after more than 5 days.
    expect(job!.silentYesText).toBe("After 5 days of silence, 20 % of your eventual yeses had still not replied (4 of 20).");
  });

  test("with fewer than 8 replies the kind's default median is used and said", async () => {
    const user = await createTestUser();
    await insertSettledHistory(user, clusteredJobReplies().slice(0, 7), { now: FAR_NOW });
    const pending = await getDb().callback.create({ data: callbackData(user, addDays(FAR_NOW, -14), { kind: "JOB_APPLICATION", probability: 0.5, expectedReplyDays: 14 }) });
    const reply = await getCallbackReplyModel(actorOf(user), pending, FAR_NOW);
    expect(reply.sourceText).toBe("default for job applications");
    // One median of silence halves S: 0.25 / 0.75.
    expect(reply.probability).toBeCloseTo(1 / 3, 10);
  });

  test("a custom kind learns from its own bets only", async () => {
    const user = await createTestUser();
    const kind = await getDb().kind.create({
      data: { userId: user.id, key: "GRANT", name: "Grant", expectedReplyDays: 40, timeoutDays: 90, followUpDays: [], defaultPrior: 0.2, defaultPayoff: 6 },
    });
    await insertSettledHistory(user, clusteredJobReplies().slice(0, 10), { now: FAR_NOW, kind: "OTHER", customKindId: kind.id });
    await insertSettledHistory(user, clusteredJobReplies().slice(0, 3), { now: FAR_NOW, kind: "OTHER" });
    const curves = await listReplyCurves(actorOf(user), FAR_NOW);
    expect(curves.map((curve) => [curve.key, curve.events, curve.source])).toEqual([
      ["OTHER", 3, "default"],
      ["GRANT", 10, "history"],
    ]);
    expect(curves[1]!.sourceText).toBe("from 10 of your replies");
  });
});
