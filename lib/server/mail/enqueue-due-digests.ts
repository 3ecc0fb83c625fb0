import { randomUUID } from "node:crypto";
import { type Db, getDb } from "@/lib/db";
import { digestSlot } from "@/lib/domain/digest-timing";
import { digestView } from "@/lib/email/digest-view";
import { renderDigest } from "@/lib/email/render-digest";
import { log } from "@/lib/log";
import { collectDigest, digestNeedsUser } from "./collect-digest";
import { addressOf, type MailConfig, mailConfig } from "./mail-config";
import { unsubscribeToken } from "./unsubscribe-token";

const DAY_MS = 86_400_000;

/**
 * Creates the digests due at `now`: for each user with the digest on whose chosen local hour has
 * begun today (on a chosen weekday) and who has no digest for this local day yet, one message
 * when something needs them, none otherwise (looked at again next run). The row's unique
 * (userId, digestDay) makes a second one impossible, whichever instance gets there first; the
 * loser's insert is skipped. Returns how many digests were created.
 */
export async function enqueueDueDigests(
  now: Date,
  { config = mailConfig(), db = getDb(), userIds }: { config?: MailConfig; db?: Db; /** Only these users (tests that share a database). */ userIds?: string[] } = {},
): Promise<number> {
  const users = await db.user.findMany({
    where: { digestEnabled: true, ...(userIds ? { id: { in: userIds } } : {}) },
    select: { id: true, email: true, timeZone: true, capacity: true, digestHour: true, digestDays: true, reviewDay: true },
  });
  const due = users.flatMap((user) => {
    const slot = digestSlot(user, now);
    return slot.due ? [{ user, dayKey: slot.dayKey }] : [];
  });
  if (due.length === 0) return 0;
  const existing = await db.emailMessage.findMany({
    where: { kind: "DIGEST", OR: due.map(({ user, dayKey }) => ({ userId: user.id, digestDay: dayKey })) },
    select: { userId: true },
  });
  const done = new Set(existing.map((row) => row.userId));

  let created = 0;
  for (const { user, dayKey } of due) {
    if (done.has(user.id)) continue;
    try {
      const last = await db.emailMessage.findFirst({ where: { userId: user.id, kind: "DIGEST" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
      const content = await collectDigest(user, last?.createdAt ?? new Date(now.getTime() - DAY_MS), now);
      if (!digestNeedsUser(content)) continue;
      const id = randomUUID();
      const token = unsubscribeToken(id);
      const unsubscribeUrl = `${config.baseUrl}/unsubscribe/${token}`;
      const rendered = await renderDigest(digestView(content, { baseUrl: config.baseUrl, timeZone: user.timeZone, unsubscribeUrl }));
      const headers = {
        "List-Unsubscribe": `<${config.baseUrl}/api/unsubscribe/${token}>, <mailto:${addressOf(config.from)}?subject=unsubscribe%20${token}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      };
      const { count } = await db.emailMessage.createMany({
        data: [{ id, userId: user.id, kind: "DIGEST", digestDay: dayKey, to: user.email, ...rendered, headers, nextAttemptAt: now, createdAt: now }],
        skipDuplicates: true,
      });
      created += count;
    } catch (error) {
      log.error({ job: "digest", userId: user.id, err: error }, "digest could not be composed; trying again next run");
    }
  }
  return created;
}
