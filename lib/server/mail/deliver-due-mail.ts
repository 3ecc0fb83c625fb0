import { type Db, getDb } from "@/lib/db";
import { afterFailure } from "@/lib/domain/digest-timing";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { utcTimestampSql } from "@/lib/server/sql-time";
import { type MailConfig, mailConfig } from "./mail-config";
import { describeSendError, smtpTransport } from "./smtp-transport";

/** A claimed delivery is held this long; a process that dies mid-send frees it after that. */
export const DELIVERY_LEASE_MS = 10 * 60_000;
const BATCH_SIZE = 20;

type Claimed = { id: string; to: string; subject: string; text: string; html: string; headers: Record<string, string>; attempts: number; createdAt: Date };

export type DeliveryCounts = { sent: number; outbox: number; retrying: number; failed: number };

/**
 * Delivers the mail that is due at `now`, on any number of app instances at once: each batch is
 * claimed with FOR UPDATE SKIP LOCKED and a lease (lockedUntil), so a message is sent by one
 * instance only. Without SMTP_URL a message goes to the outbox (status OUTBOX, readable in
 * Settings). A failure (4xx/5xx reply, connection refused, timeout) is retried with exponential
 * backoff and given up a day after the message was created, keeping the error for Settings.
 * `onlyId` delivers one message right away (a password-reset link).
 */
export async function deliverDueMail(
  now: Date,
  { config = mailConfig(), db = getDb(), onlyId, userIds }: { config?: MailConfig; db?: Db; onlyId?: string; /** Only these users' mail (tests that share a database). */ userIds?: string[] } = {},
): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, outbox: 0, retrying: 0, failed: 0 };
  const nowSql = utcTimestampSql(now);
  for (;;) {
    const claimed = await db.$queryRaw<Claimed[]>(Prisma.sql`
      WITH due AS (
        SELECT id FROM "EmailMessage"
        WHERE status = 'PENDING' AND "nextAttemptAt" <= ${nowSql}
          AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${nowSql})
          ${onlyId ? Prisma.sql`AND id = ${onlyId}` : Prisma.empty}
          ${userIds ? Prisma.sql`AND "userId" IN (${Prisma.join(userIds.length > 0 ? userIds : [""])})` : Prisma.empty}
        ORDER BY "nextAttemptAt", id
        LIMIT ${BATCH_SIZE}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "EmailMessage" m
      SET "lockedUntil" = ${utcTimestampSql(new Date(now.getTime() + DELIVERY_LEASE_MS))}, attempts = m.attempts + 1
      FROM due WHERE m.id = due.id
      RETURNING m.id, m."to", m.subject, m.text, m.html, m.headers, m.attempts, m."createdAt"`);

    for (const message of claimed) {
      if (!config.smtpUrl) {
        await db.emailMessage.update({ where: { id: message.id }, data: { status: "OUTBOX", lockedUntil: null, error: null } });
        log.info({ job: "mail", messageId: message.id, to: message.to, subject: message.subject }, "mail kept in the outbox (no SMTP_URL)");
        counts.outbox += 1;
        continue;
      }
      try {
        await smtpTransport(config.smtpUrl).sendMail({
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: message.headers,
        });
        await db.emailMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: now, lockedUntil: null, error: null } });
        counts.sent += 1;
      } catch (error) {
        const reason = describeSendError(error);
        const next = afterFailure({ createdAt: message.createdAt, attempts: message.attempts, now });
        await db.emailMessage.update({
          where: { id: message.id },
          data: next.giveUp
            ? { status: "FAILED", lockedUntil: null, error: reason }
            : { nextAttemptAt: next.retryAt, lockedUntil: null, error: reason },
        });
        log.warn({ job: "mail", messageId: message.id, attempts: message.attempts, giveUp: next.giveUp, reason }, "mail delivery failed");
        if (next.giveUp) counts.failed += 1;
        else counts.retrying += 1;
      }
    }
    if (claimed.length < BATCH_SIZE || onlyId) return counts;
  }
}
