import { getDb } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { deliverDueMail } from "@/lib/server/mail/deliver-due-mail";
import { enqueueDueDigests } from "@/lib/server/mail/enqueue-due-digests";
import type { MailConfig } from "@/lib/server/mail/mail-config";
import { addDays, insertCallback } from "../callbacks/helpers";
import { createTestUser } from "../factories";

export { addDays };

/** A user with the digest on (every day at `digestHour`), the review day set away from `now`'s weekday. */
export async function digestUser(overrides: { timeZone?: string; digestHour?: number; reviewDay?: number } = {}): Promise<User> {
  return createTestUser({ digestEnabled: true, digestHour: 8, timeZone: "UTC", reviewDay: 3, ...overrides });
}

/** One scheduler run's mail part for these users only, as the scheduler does it for everyone. */
export async function runMail(now: Date, config: MailConfig, userIds: string[], db = getDb()) {
  const digests = await enqueueDueDigests(now, { config, db, userIds });
  const delivered = await deliverDueMail(now, { config, db, userIds });
  return { digests, ...delivered };
}

/** A callback that timed out an hour before `now` and nobody has looked at. */
export async function insertTimedOut(user: Pick<User, "id">, now: Date, title = "Offer from Acme") {
  return insertCallback(user, {
    title,
    state: "TIMED_OUT",
    startedAt: addDays(now, -31),
    expectedReplyBy: addDays(now, -24),
    timesOutAt: addDays(now, -1 / 24),
    settledAt: addDays(now, -1 / 24),
    lastContactAt: addDays(now, -31),
    probabilityAtSettlement: 0.2,
  });
}

/** A pending callback that is on time and has no follow-up due (started a day ago). */
export async function insertQuiet(user: Pick<User, "id">, now: Date, title = "Quiet bet") {
  return insertCallback(user, { title, startedAt: addDays(now, -1), lastContactAt: addDays(now, -1), expectedReplyBy: addDays(now, 6), timesOutAt: addDays(now, 29) });
}

export function messagesOf(userId: string) {
  return getDb().emailMessage.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}
