import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, test } from "vitest";
import { getDb, getDbInfo } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { deliverDueMail } from "@/lib/server/mail/deliver-due-mail";
import { api } from "../api/helpers";
import { signInAs } from "../auth/helpers";
import { createTestUser } from "../factories";
import { addDays, digestUser, insertTimedOut, messagesOf, runMail } from "./helpers";
import { type TestSmtp, startSmtp, testMailConfig } from "./smtp";

// Instants in 2042, one per test; mail calls are limited to each test's users.
const { kind: databaseKind } = await getDbInfo();
const servers: TestSmtp[] = [];
async function smtpServer(port = 0, options: Parameters<typeof startSmtp>[1] = {}): Promise<TestSmtp> {
  const server = await startSmtp(port, options);
  servers.push(server);
  return server;
}
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

/** A second database client, as a second app instance would have (on PGlite: the same one). */
function secondInstanceDb(): { db: PrismaClient; close: () => Promise<void> } {
  if (databaseKind !== "postgres") return { db: getDb(), close: async () => {} };
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }) });
  return { db, close: () => db.$disconnect() };
}

describe("[mail] delivery", () => {
  test("two instances running the scheduler at once send one digest", async () => {
    const now = new Date("2042-02-03T09:00:00Z");
    const smtp = await smtpServer();
    const users = [await digestUser(), await digestUser(), await digestUser()];
    for (const user of users) await insertTimedOut(user, now);
    const second = secondInstanceDb();
    try {
      const ids = users.map((user) => user.id);
      const config = testMailConfig(smtp.url);
      const [a, b] = await Promise.all([runMail(now, config, ids), runMail(now, config, ids, second.db)]);
      expect(a.digests + b.digests).toBe(3);
      expect(a.sent + b.sent).toBe(3);
      // Later runs of either find nothing more to do.
      expect(await runMail(addDays(now, 0.1), config, ids, second.db)).toMatchObject({ digests: 0, sent: 0 });
    } finally {
      await second.close();
    }
    for (const user of users) {
      expect(smtp.to(user.email)).toHaveLength(1);
      expect(await messagesOf(user.id)).toHaveLength(1);
    }
  });

  test("SMTP down, then up: exactly one mail, late, after a backoff", async () => {
    const now = new Date("2042-02-04T09:00:00Z");
    const probe = await startSmtp();
    const port = probe.port;
    await probe.close(); // nothing listens there now: connection refused
    const user = await digestUser();
    await insertTimedOut(user, now);
    const config = testMailConfig(`smtp://127.0.0.1:${port}`);

    expect(await runMail(now, config, [user.id])).toMatchObject({ digests: 1, sent: 0, retrying: 1 });
    let [row] = await messagesOf(user.id);
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, nextAttemptAt: addDays(now, 1 / 1440), lockedUntil: null, sentAt: null });
    expect(row!.error).toMatch(/^Could not reach the mail server/);
    // Not before the backoff has passed; the second failure waits twice as long.
    expect(await runMail(addDays(now, 0.5 / 1440), config, [user.id])).toMatchObject({ sent: 0, retrying: 0 });
    expect(await runMail(addDays(now, 1 / 1440), config, [user.id])).toMatchObject({ sent: 0, retrying: 1 });
    [row] = await messagesOf(user.id);
    expect(row).toMatchObject({ attempts: 2, nextAttemptAt: addDays(now, 3 / 1440) });

    const smtp = await smtpServer(port);
    const late = addDays(now, 3 / 1440);
    expect(await runMail(late, config, [user.id])).toMatchObject({ digests: 0, sent: 1 });
    expect(await runMail(addDays(now, 0.5), config, [user.id])).toMatchObject({ digests: 0, sent: 0 });
    expect(smtp.to(user.email)).toHaveLength(1);
    [row] = await messagesOf(user.id);
    expect(row).toMatchObject({ status: "SENT", sentAt: late, error: null, attempts: 3 });
  });

  test("a refusal (451) is retried; after a day it is given up and the failure stays visible", async () => {
    const now = new Date("2042-02-05T09:00:00Z");
    const refusing = await smtpServer(0, { refuseWith: 451 });
    const user = await digestUser();
    await insertTimedOut(user, now);
    const config = testMailConfig(refusing.url);
    expect(await runMail(now, config, [user.id])).toMatchObject({ digests: 1, retrying: 1 });
    let [row] = await messagesOf(user.id);
    expect(row!.error).toMatch(/^The mail server refused: 451/);

    // A day of retries later (the last ones an hour apart) it gives up.
    let at = now;
    for (let i = 0; i < 40; i += 1) {
      [row] = await messagesOf(user.id);
      if (row!.status !== "PENDING") break;
      at = row!.nextAttemptAt;
      await deliverDueMail(at, { config, userIds: [user.id] });
    }
    [row] = await messagesOf(user.id);
    expect(row).toMatchObject({ status: "FAILED", sentAt: null });
    expect(at.getTime() - now.getTime()).toBeLessThanOrEqual(24 * 3_600_000);
    expect(row!.attempts).toBeGreaterThan(5);
    expect(refusing.to(user.email)).toEqual([]);

    const { cookie } = await signInAs(user.id);
    const outbox = await api("GET", "/api/v1/outbox", { cookie });
    expect(outbox.status).toBe(200);
    expect(outbox.body.items[0]).toMatchObject({ kind: "digest", status: "failed", sentAt: null, to: user.email });
    expect(outbox.body.items[0].error).toMatch(/451/);
  });

  test("a local server offering STARTTLS with a self-signed certificate gets the mail over TLS", async () => {
    const now = new Date("2042-02-07T09:00:00Z");
    const smtp = await smtpServer(0, { starttls: true });
    const user = await digestUser();
    await insertTimedOut(user, now);
    expect(await runMail(now, testMailConfig(smtp.url), [user.id])).toMatchObject({ digests: 1, sent: 1 });
    expect(smtp.to(user.email)).toHaveLength(1);
  });

  test("without SMTP_URL mail goes to the outbox, newest first, and only its owner reads it", async () => {
    const now = new Date("2042-02-06T09:00:00Z");
    const user = await digestUser();
    await insertTimedOut(user, now);
    expect(await runMail(now, testMailConfig(null), [user.id])).toMatchObject({ digests: 1, outbox: 1, sent: 0 });
    await insertTimedOut(user, addDays(now, 1), "Second silence");
    expect(await runMail(addDays(now, 1), testMailConfig(null), [user.id])).toMatchObject({ digests: 1, outbox: 1 });

    const { cookie } = await signInAs(user.id);
    const outbox = await api("GET", "/api/v1/outbox", { cookie });
    expect(outbox.status).toBe(200);
    expect(outbox.body.items).toHaveLength(2);
    const [newest, oldest] = outbox.body.items;
    expect(Object.keys(newest).sort()).toEqual(["createdAt", "error", "id", "kind", "sentAt", "status", "subject", "text", "to"]);
    expect(newest).toMatchObject({ to: user.email, status: "outbox", sentAt: null, error: null, createdAt: addDays(now, 1).toISOString() });
    expect(newest.text).toContain("Second silence");
    expect(oldest.createdAt).toBe(now.toISOString());

    const other = await createTestUser();
    const { cookie: otherCookie } = await signInAs(other.id);
    expect((await api("GET", "/api/v1/outbox", { cookie: otherCookie })).body.items).toEqual([]);
    expect((await api("GET", "/api/v1/outbox")).status).toBe(401);
  });

  test("settings: GET and PATCH /api/v1/settings read and write the digest's fields, refusing bad ones", async () => {
    const user = await createTestUser();
    const { cookie } = await signInAs(user.id);
    const initial = await api("GET", "/api/v1/settings", { cookie });
    expect(initial.body).toMatchObject({ digestEnabled: false, digestHour: 8, digestDays: [1, 2, 3, 4, 5, 6, 7], reviewDay: 7, timeZone: "UTC", capacity: 7 });

    const patched = await api("PATCH", "/api/v1/settings", { cookie, body: { digestEnabled: true, digestHour: 6, reviewDay: 1, timeZone: "Europe/Berlin" } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ digestEnabled: true, digestHour: 6, reviewDay: 1, timeZone: "Europe/Berlin", capacity: 7 });
    expect((await api("GET", "/api/v1/settings", { cookie })).body).toMatchObject({ digestEnabled: true, digestHour: 6, reviewDay: 1 });

    for (const body of [{ digestHour: 24 }, { reviewDay: 0 }, { digestEnabled: "yes" }, { digestHour: 7, reviewDay: 8 }, { digestDays: [] }]) {
      const refused = await api("PATCH", "/api/v1/settings", { cookie, body });
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe("INVALID");
    }
    // Nothing half-saved by the refused ones.
    expect((await api("GET", "/api/v1/settings", { cookie })).body).toMatchObject({ digestHour: 6, reviewDay: 1 });
  });
});
