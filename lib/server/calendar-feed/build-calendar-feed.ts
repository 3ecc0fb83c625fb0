import { createHash } from "node:crypto";
import { renderCalendar } from "@/lib/calendar/render-calendar";
import { getDb } from "@/lib/db";
import { FEED_DAYS_AHEAD, FEED_DAYS_BACK, planFeedEvents } from "@/lib/domain/calendar-events";
import { dateToDayKey } from "@/lib/domain/day-keys";

const MS_PER_DAY = 86_400_000;
/** A bound on one feed's callbacks, so no account can make the feed unbounded. */
const MAX_CALLBACKS = 5_000;

/**
 * The user's calendar feed at `now`: open callbacks whose timeout or expected reply falls in the
 * window (two indexed range scans: (userId, state, timesOutAt) and (userId, state,
 * expectedReplyBy)), active commitments, and the review day, rendered as iCalendar. The ETag is
 * the body's SHA-256: the body depends only on the rows (DTSTAMP and SEQUENCE come from them),
 * so it stays the same until something changes. Null when the user no longer exists.
 */
export async function buildCalendarFeed(userId: string, now: Date, appUrl: string): Promise<{ body: string; etag: string } | null> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) return null;
  const from = new Date(now.getTime() - FEED_DAYS_BACK * MS_PER_DAY);
  const to = new Date(now.getTime() + FEED_DAYS_AHEAD * MS_PER_DAY);
  const [callbacks, commitments] = await Promise.all([
    db.callback.findMany({
      where: {
        userId,
        state: "PENDING",
        OR: [{ timesOutAt: { gte: from, lte: to } }, { expectedReplyBy: { gte: from, lte: to } }],
      },
      select: {
        id: true,
        title: true,
        counterparty: true,
        expectedReplyBy: true,
        timesOutAt: true,
        lastContactAt: true,
        followUpDays: true,
        followUpCount: true,
        version: true,
        updatedAt: true,
      },
      orderBy: [{ timesOutAt: "asc" }, { id: "asc" }],
      take: MAX_CALLBACKS,
    }),
    db.commitment.findMany({
      where: { userId, state: "ACTIVE" },
      select: { id: true, title: true, startsOn: true, endsOn: true, cadence: true, version: true, updatedAt: true },
      orderBy: [{ endsOn: "asc" }, { id: "asc" }],
    }),
  ]);
  const events = planFeedEvents({
    user: { id: user.id, timeZone: user.timeZone, createdAt: user.createdAt, updatedAt: user.updatedAt, reviewDay: user.reviewDay },
    callbacks,
    commitments: commitments.map((row) => ({ ...row, startsOn: dateToDayKey(row.startsOn), endsOn: dateToDayKey(row.endsOn) })),
    now,
    appUrl,
  });
  const body = renderCalendar({ name: "Lifeloop", timeZone: user.timeZone, events });
  return { body, etag: `"${createHash("sha256").update(body).digest("base64url")}"` };
}
