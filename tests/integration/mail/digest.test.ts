import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { insertCallback } from "../callbacks/helpers";
import { addDays, digestUser, insertQuiet, insertTimedOut, messagesOf, runMail } from "./helpers";
import { BASE_URL, type TestSmtp, startSmtp, testMailConfig } from "./smtp";

// Each test stands at its own instant in 2041 (a Wednesday is 2041-01-02); every mail call is
// limited to the test's own users, so other files sharing the database don't matter.
let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
});

function unsubscribeTokenOf(header: string): string {
  const match = /\/api\/unsubscribe\/([^>]+)>/.exec(header);
  if (!match) throw new Error(`no https unsubscribe link in ${header}`);
  return match[1]!;
}

describe("[mail] the daily digest", () => {
  test("nothing needs the user: no digest, no mail", async () => {
    const now = new Date("2041-01-07T09:00:00Z");
    const user = await digestUser();
    await insertQuiet(user, now);
    const run = await runMail(now, testMailConfig(smtp.url), [user.id]);
    expect(run).toMatchObject({ digests: 0, sent: 0 });
    expect(await messagesOf(user.id)).toEqual([]);
    expect(smtp.to(user.email)).toEqual([]);
  });

  test("before the chosen hour nothing goes; from it, one digest with both parts, the links and unsubscribe headers", async () => {
    const now = new Date("2041-01-08T08:00:00Z");
    const user = await digestUser({ digestHour: 8 });
    const timedOut = await insertTimedOut(user, now);
    const deadline = await insertCallback(user, { title: "Grant deadline", startedAt: addDays(now, -2), lastContactAt: addDays(now, -2), expectedReplyBy: addDays(now, 1), timesOutAt: addDays(now, 1.25) });
    await insertQuiet(user, now, "A big bet");

    expect(await runMail(addDays(now, -1 / 1440), testMailConfig(smtp.url), [user.id])).toMatchObject({ digests: 0, sent: 0 });
    expect(await runMail(now, testMailConfig(smtp.url), [user.id])).toMatchObject({ digests: 1, sent: 1 });
    expect(await runMail(addDays(now, 0.5), testMailConfig(smtp.url), [user.id])).toMatchObject({ digests: 0, sent: 0 });

    const received = smtp.to(user.email);
    expect(received).toHaveLength(1);
    const { mail } = received[0]!;
    expect(mail.subject).toBe("Lifeloop: 2 things need you today");
    expect(mail.from?.text).toContain("digest@lifeloop.example.test");
    const text = mail.text ?? "";
    const html = typeof mail.html === "string" ? mail.html : "";
    expect(text).toContain("Timed out since the last digest:");
    expect(text).toContain(`Offer from Acme (timed out`);
    expect(text).toContain(`${BASE_URL}/callbacks/${timedOut.id}`);
    expect(text).toContain("Deadlines in the next 48 hours:");
    expect(text).toContain(`${BASE_URL}/callbacks/${deadline.id}`);
    expect(text).toMatch(/Load: 2 of 7 — within capacity/);
    expect(text).toContain("Best bets by EV per energy:");
    expect(text).toContain(`${BASE_URL}/today`);
    for (const link of [`${BASE_URL}/callbacks/${timedOut.id}`, `${BASE_URL}/callbacks/${deadline.id}`, `${BASE_URL}/today`]) {
      expect(html).toContain(`href="${link}"`);
    }
    expect(html).toContain("Offer from Acme");

    // mailparser folds List-* headers into one parsed "list" header; the raw lines are what clients read.
    expect(mail.headerLines.find((line) => line.key === "list-unsubscribe-post")?.line).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const header = mail.headerLines.find((line) => line.key === "list-unsubscribe")?.line ?? "";
    const token = unsubscribeTokenOf(header);
    expect(header).toContain(`<${BASE_URL}/api/unsubscribe/${token}>`);
    expect(header).toContain(`<mailto:digest@lifeloop.example.test?subject=unsubscribe%20${token}>`);
    expect(text).toContain(`${BASE_URL}/unsubscribe/${token}`);
    expect(html).toContain(`href="${BASE_URL}/unsubscribe/${token}"`);

    const rows = await messagesOf(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "DIGEST", digestDay: "2041-01-08", status: "SENT", sentAt: now, error: null });
  });

  test("unsubscribe works once, with no sign-in, and stops the next digest", async () => {
    const now = new Date("2041-01-09T09:00:00Z");
    const user = await digestUser();
    await insertTimedOut(user, now);
    await runMail(now, testMailConfig(smtp.url), [user.id]);
    const [{ mail }] = smtp.to(user.email) as [(typeof smtp.received)[number]];
    const token = unsubscribeTokenOf(mail.headerLines.find((line) => line.key === "list-unsubscribe")!.line);

    const route = await import("@/app/api/unsubscribe/[token]/route");
    const post = (t: string) =>
      route.POST(new Request(`${BASE_URL}/api/unsubscribe/${t}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }), {
        params: Promise.resolve({ token: t }),
      });
    // A forged signature is refused and changes nothing.
    expect((await post(`${token.slice(0, -4)}AAAA`)).status).toBe(404);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).digestEnabled).toBe(true);

    const first = await post(token);
    expect(first.status).toBe(200);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).digestEnabled).toBe(false);
    const second = await post(token);
    expect(second.status).toBe(409);

    // The next day something needs the user again, but the digest is off.
    const tomorrow = addDays(now, 1);
    await insertTimedOut(user, tomorrow, "Another silence");
    expect(await runMail(tomorrow, testMailConfig(smtp.url), [user.id])).toMatchObject({ digests: 0, sent: 0 });
    expect(smtp.to(user.email)).toHaveLength(1);
  });

  test.each([
    // Berlin springs forward on 2041-03-31: 08:00 CEST is 06:00 UTC (07:00 UTC the day before).
    ["Europe/Berlin", "2041-03-30T06:59:00Z", "2041-03-30T07:00:00Z", "2041-03-30"],
    ["Europe/Berlin", "2041-03-31T05:59:00Z", "2041-03-31T06:00:00Z", "2041-03-31"],
    // New York falls back on 2041-11-03: 08:00 EST is 13:00 UTC (12:00 UTC the day before).
    ["America/New_York", "2041-11-02T11:59:00Z", "2041-11-02T12:00:00Z", "2041-11-02"],
    ["America/New_York", "2041-11-03T12:59:00Z", "2041-11-03T13:00:00Z", "2041-11-03"],
  ])("%s: the digest waits for 08:00 local across the DST change (%s → %s)", async (timeZone, before, at, dayKey) => {
    const user = await digestUser({ timeZone, digestHour: 8 });
    await insertTimedOut(user, new Date(before));
    expect(await runMail(new Date(before), testMailConfig(smtp.url), [user.id])).toMatchObject({ digests: 0 });
    expect(await runMail(new Date(at), testMailConfig(smtp.url), [user.id])).toMatchObject({ digests: 1, sent: 1 });
    expect((await messagesOf(user.id)).map((m) => m.digestDay)).toEqual([dayKey]);
    expect(smtp.to(user.email)).toHaveLength(1);
  });

  test("on the review day, a reminder with the week's figures counts as something that needs the user", async () => {
    const now = new Date("2041-01-13T09:00:00Z"); // a Sunday
    const user = await digestUser({ reviewDay: 7 });
    await insertQuiet(user, now);
    expect(await runMail(now, testMailConfig(null), [user.id])).toMatchObject({ digests: 1, outbox: 1 });
    const [message] = await messagesOf(user.id);
    expect(message).toMatchObject({ status: "OUTBOX", subject: "Lifeloop: your weekly review is due", sentAt: null });
    expect(message!.text).toContain("Weekly review: the week of 2041-01-07:");
    expect(message!.text).toContain(`${BASE_URL}/review/2041-01-07`);
  });
});
