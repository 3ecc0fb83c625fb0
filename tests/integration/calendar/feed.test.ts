import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { dayKeyInZone } from "@/lib/domain/time";
import { addDaysToKey } from "@/lib/domain/day-keys";
import { api, createApiUser } from "../api/helpers";
import { fetchFeed, parseFeed } from "./helpers";

const HOUR = 3_600_000;
/** iCalendar times have whole seconds. */
const toSecond = (date: Date) => Math.floor(date.getTime() / 1000) * 1000;
const DAY = 24 * HOUR;

async function newFeed(token: string): Promise<string> {
  const created = await api("POST", "/api/v1/calendar-feed", { token });
  expect(created.status).toBe(201);
  return created.body.url as string;
}

beforeAll(async () => {
  // Loads the API's route modules once, under the hook's longer timeout (slow on a busy machine).
  const { token } = await createApiUser();
  await api("GET", "/api/v1/callbacks", { token });
});

describe("calendar feed", () => {
  test("POST answers an absolute URL with a ≥128-bit token stored only as a hash", async () => {
    const { user, token } = await createApiUser();
    const url = await newFeed(token);
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/cal_[A-Za-z0-9_-]{43}\.ics$/);
    const secret = url.split("/").pop()!.replace(".ics", "");
    const rows = await getDb().calendarFeed.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  test("deadlines, replies, follow-ups, commitments and the review day parse cleanly with ical.js", async () => {
    const { token } = await createApiUser({ timeZone: "Europe/Berlin" });
    const now = Date.now();
    const timesOutAt = new Date(now + 20 * DAY);
    const expectedReplyBy = new Date(now + 5 * DAY);
    const callback = (await api("POST", "/api/v1/callbacks", {
      token,
      body: { title: "Application to Acme", kind: "JOB_APPLICATION", counterparty: "Acme", expectedReplyBy: expectedReplyBy.toISOString(), timesOutAt: timesOutAt.toISOString() },
    })).body;
    const today = dayKeyInZone(new Date(), "Europe/Berlin");
    const endsOn = addDaysToKey(today, 14);
    const commitment = (await api("POST", "/api/v1/commitments", { token, body: { title: "Ship the thesis", startsOn: today, endsOn, cadence: "DAILY" } })).body;
    const url = await newFeed(token);

    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const { calendar, events } = parseFeed(feed.text);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Lifeloop");
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Berlin");

    const timeout = events.get(`callback-${callback.id}-timeout@lifeloop`)!;
    expect(timeout.summary).toBe("Times out: Application to Acme");
    // A UTC instant: the very moment it times out, whatever the reader's zone.
    expect(timeout.start.zone?.tzid).toBe("UTC");
    expect(timeout.start.toJSDate().getTime()).toBe(toSecond(timesOutAt));
    expect(timeout.alarms).toEqual([{ action: "DISPLAY", trigger: "-P1D" }]);
    expect(timeout.dtstamp).toBeTruthy();

    const reply = events.get(`callback-${callback.id}-reply@lifeloop`)!;
    expect(reply.start.toJSDate().getTime()).toBe(toSecond(expectedReplyBy));
    expect(reply.alarms).toEqual([]);
    expect(events.get(`callback-${callback.id}-follow-up@lifeloop`)?.summary).toBe("Follow up: Application to Acme");

    const end = events.get(`commitment-${commitment.id}-end@lifeloop`)!;
    expect(end.start.isDate).toBe(true);
    expect(end.start.toString()).toBe(endsOn);
    const checkIn = events.get(`commitment-${commitment.id}-check-in@lifeloop`)!;
    expect(checkIn.start.toString()).toBe(today);
    expect(checkIn.rrule).toBe(`FREQ=DAILY;UNTIL=${endsOn.replaceAll("-", "")}`);

    const review = [...events.values()].find((event) => event.summary === "Weekly review")!;
    expect(review.rrule).toBe("FREQ=WEEKLY;BYDAY=SU");
    expect(review.start.isDate).toBe(true);
  });

  test("SEQUENCE bumps on an edit and stays put otherwise; settled and cancelled items drop out", async () => {
    const { token } = await createApiUser();
    const soon = (days: number) => new Date(Date.now() + days * DAY).toISOString();
    const kept = (await api("POST", "/api/v1/callbacks", { token, body: { title: "Kept", expectedReplyBy: soon(3), timesOutAt: soon(9) } })).body;
    const settled = (await api("POST", "/api/v1/callbacks", { token, body: { title: "Settled", expectedReplyBy: soon(3), timesOutAt: soon(9) } })).body;
    const cancelled = (await api("POST", "/api/v1/callbacks", { token, body: { title: "Cancelled", expectedReplyBy: soon(3), timesOutAt: soon(9) } })).body;
    const url = await newFeed(token);
    const before = parseFeed((await fetchFeed(url)).text).events;
    const again = parseFeed((await fetchFeed(url)).text).events;
    const uid = `callback-${kept.id}-timeout@lifeloop`;
    expect(again.get(uid)).toEqual(before.get(uid));
    expect(before.has(`callback-${settled.id}-timeout@lifeloop`)).toBe(true);

    expect((await api("PATCH", `/api/v1/callbacks/${kept.id}`, { token, body: { title: "Kept (renamed)", timesOutAt: soon(12) } })).status).toBe(200);
    expect((await api("POST", `/api/v1/callbacks/${settled.id}/settle`, { token, body: { outcome: "REJECTED" } })).status).toBe(200);
    expect((await api("POST", `/api/v1/callbacks/${cancelled.id}/cancel`, { token, body: {} })).status).toBe(200);

    const after = parseFeed((await fetchFeed(url)).text).events;
    expect(after.get(uid)!.summary).toBe("Times out: Kept (renamed)");
    expect(after.get(uid)!.sequence).toBeGreaterThan(before.get(uid)!.sequence);
    for (const gone of [settled.id, cancelled.id]) {
      expect([...after.keys()].some((key) => key.includes(gone))).toBe(false);
    }
  });

  test("the review day follows Settings (reviewDay), with a newer SEQUENCE", async () => {
    const { token } = await createApiUser();
    const url = await newFeed(token);
    const review = (text: string) => [...parseFeed(text).events.values()].find((event) => event.summary === "Weekly review")!;
    const before = review((await fetchFeed(url)).text);
    expect(before.rrule).toBe("FREQ=WEEKLY;BYDAY=SU");
    // The review event's SEQUENCE counts whole seconds of the profile's updatedAt (it has no
    // version column): a change in the same second as the sign-up would not move it.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await api("PATCH", "/api/v1/settings", { token, body: { reviewDay: 3 } })).status).toBe(200);
    const after = review((await fetchFeed(url)).text);
    expect(after.rrule).toBe("FREQ=WEEKLY;BYDAY=WE");
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  test("ETag and If-None-Match: 304 while nothing changed, 200 with a new ETag after a change", async () => {
    const { token } = await createApiUser();
    const url = await newFeed(token);
    const first = await fetchFeed(url);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const unchanged = await fetchFeed(url, { "If-None-Match": etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.text).toBe("");
    await api("POST", "/api/v1/callbacks", { token, body: { title: "New one", expectedReplyBy: new Date(Date.now() + 2 * DAY).toISOString(), timesOutAt: new Date(Date.now() + 6 * DAY).toISOString() } });
    const changed = await fetchFeed(url, { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  test("rotate: the old URL answers 410, the new one works; DELETE turns it off; unknown tokens are 404", async () => {
    const { token, cookie } = await createApiUser();
    const first = await newFeed(token);
    const second = (await api("POST", "/api/v1/calendar-feed", { cookie })).body.url as string;
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(410);
    expect((await fetchFeed(second)).status).toBe(200);
    expect((await api("DELETE", "/api/v1/calendar-feed", { cookie })).status).toBe(204);
    expect((await fetchFeed(second)).status).toBe(410);
    const unknown = await fetchFeed(`/api/calendar/cal_${"A".repeat(43)}.ics`);
    expect(unknown.status).toBe(404);
    expect((await fetchFeed("/api/calendar/not-a-token.ics")).status).toBe(404);
    expect((await fetchFeed(`${second.replace(".ics", "")}`)).status).toBe(404);
    expect(unknown.text).not.toMatch(/user|email|@/i);
  });

  test("cross-user: a feed only ever shows its owner's items; a read token can't rotate", async () => {
    const a = await createApiUser();
    const b = await createApiUser();
    const soon = (days: number) => new Date(Date.now() + days * DAY).toISOString();
    const mine = (await api("POST", "/api/v1/callbacks", { token: a.token, body: { title: "A's secret bet", expectedReplyBy: soon(1), timesOutAt: soon(4) } })).body;
    const theirs = (await api("POST", "/api/v1/callbacks", { token: b.token, body: { title: "B's bet", expectedReplyBy: soon(1), timesOutAt: soon(4) } })).body;
    const feedA = await newFeed(a.token);
    const feedB = await newFeed(b.token);
    const textB = (await fetchFeed(feedB)).text;
    expect(textB).toContain(theirs.id);
    expect(textB).not.toContain(mine.id);
    expect(textB).not.toContain("A's secret bet");
    // B rotating its feed leaves A's working.
    await newFeed(b.token);
    expect((await fetchFeed(feedA)).status).toBe(200);
    expect((await api("POST", "/api/v1/calendar-feed", { token: a.readToken })).status).toBe(403);
    expect((await api("POST", "/api/v1/calendar-feed", {})).status).toBe(401);
  });
});
