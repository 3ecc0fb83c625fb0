import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { addDaysToKey } from "@/lib/domain/day-keys";
import { oddsDeadlineForDay } from "@/lib/domain/portfolio-odds";
import { dayKeyInZone } from "@/lib/domain/time";
import { getPortfolioOdds } from "@/lib/server/learning/get-portfolio-odds";
import { api, createApiUser } from "../api/helpers";
import { callbackData } from "../callbacks/helpers";
import { clusteredJobReplies, insertSettledHistory } from "./fixtures";

const DAY = 86_400_000;

describe("[learning] portfolio odds through API v1", () => {
  test("matches the formula by hand: the learned curve of the clustered history, and the default for another kind", async () => {
    const { user, token, area } = await createApiUser();
    const now = new Date();
    await insertSettledHistory(user, clusteredJobReplies(), { now });
    // An open job application silent for 3 days at an explicit 50 % (censored before the first reply at 4 days, so the
    // curve is the fixture's), and a networking message silent for 1 day at 40 %.
    const jobContact = new Date(now.getTime() - 3 * DAY);
    const msgContact = new Date(now.getTime() - 1 * DAY);
    await getDb().callback.createMany({
      data: [
        callbackData(user, jobContact, { kind: "JOB_APPLICATION", areaId: area.id, probability: 0.5, expectedReplyDays: 14, timesOutAt: new Date(now.getTime() + 60 * DAY) }),
        callbackData(user, msgContact, { kind: "NETWORKING_MESSAGE", probability: 0.4, expectedReplyDays: 3, timesOutAt: new Date(now.getTime() + 60 * DAY) }),
      ],
    });
    const by = addDaysToKey(dayKeyInZone(now, "UTC"), 20);
    const response = await api("GET", `/api/v1/portfolio/odds?by=${by}`, { token });
    expect(response.status, JSON.stringify(response.body)).toBe(200);

    // By hand. Job applications: S(4) = 0.8, S(5) = 0.2, then 0.2 · 2^(−(t − 5)/5) (the final drop to 0 is not
    // kept). After 3 days S = 1, so the shown probability is still 0.5; q = p · (1 − S(T)/S(now)).
    const deadline = oddsDeadlineForDay(by, "UTC").getTime();
    const tJob = (deadline - jobContact.getTime()) / DAY;
    const qJob = 0.5 * (1 - 0.2 * Math.pow(2, -(tJob - 5) / 5));
    // Networking messages: no history, the default median of 3 days. Shown probability after 1 day: 0.4·S/(0.4·S + 0.6).
    const s1 = Math.pow(2, -1 / 3);
    const pMsg = (0.4 * s1) / (0.4 * s1 + 0.6);
    const tMsg = (deadline - msgContact.getTime()) / DAY;
    const qMsg = pMsg * (1 - Math.pow(2, -tMsg / 3) / s1);

    const body = response.body;
    expect(body.by).toBe(by);
    expect(body.overall.open).toBe(2);
    expect(body.overall.pAtLeastOne).toBeCloseTo(1 - (1 - qJob) * (1 - qMsg), 4);
    expect(body.overall.expectedYes).toBeCloseTo(qJob + qMsg, 4);
    const job = body.byKind.find((entry: { kind: string }) => entry.kind === "JOB_APPLICATION");
    expect(job).toMatchObject({ name: "Job application", open: 1, curve: { source: "history", events: 60 } });
    expect(job.pAtLeastOne).toBeCloseTo(qJob, 4);
    const msg = body.byKind.find((entry: { kind: string }) => entry.kind === "NETWORKING_MESSAGE");
    expect(msg).toMatchObject({ open: 1, curve: { source: "default" } });
    expect(msg.expectedYes).toBeCloseTo(qMsg, 4);
    expect(body.byArea).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ areaId: area.id, name: "Networking", open: 1 }),
        expect.objectContaining({ areaId: null, name: "No area", open: 1 }),
      ]),
    );
  });

  test("defaults to 30 days ahead; a bad date is a 422; nothing open is zero", async () => {
    const { token, user } = await createApiUser({ timeZone: "Europe/Berlin" });
    const now = new Date();
    const empty = await api("GET", "/api/v1/portfolio/odds", { token });
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ by: addDaysToKey(dayKeyInZone(now, "Europe/Berlin"), 30), overall: { pAtLeastOne: 0, expectedYes: 0, open: 0 }, byArea: [], byKind: [] });
    expect((await api("GET", "/api/v1/portfolio/odds?by=15/01/2027", { token })).status).toBe(422);
    expect((await api("GET", "/api/v1/portfolio/odds?by=2027-02-30", { token })).status).toBe(422);
    // The series the chart draws: 91 days, never falling.
    await getDb().callback.create({ data: callbackData(user, new Date(now.getTime() - DAY), { probability: 0.5 }) });
    const withSeries = await getPortfolioOdds({ id: user.id, timeZone: "Europe/Berlin", capacity: 7 }, now, { withSeries: true });
    expect(withSeries.series).toHaveLength(91);
    const chances = withSeries.series!.map((point) => point.pAtLeastOne);
    expect(chances.every((value, index) => index === 0 || value >= chances[index - 1]!)).toBe(true);
  });

  test("counts only the caller's open bets", async () => {
    const owner = await createApiUser();
    const stranger = await createApiUser();
    await getDb().callback.create({ data: callbackData(owner.user, new Date(Date.now() - DAY), { probability: 0.6 }) });
    expect((await api("GET", "/api/v1/portfolio/odds", { token: owner.token })).body.overall.open).toBe(1);
    expect((await api("GET", "/api/v1/portfolio/odds", { token: stranger.token })).body.overall).toEqual({ pAtLeastOne: 0, expectedYes: 0, open: 0 });
    expect((await api("GET", "/api/v1/portfolio/odds")).status).toBe(401);
  });
});
