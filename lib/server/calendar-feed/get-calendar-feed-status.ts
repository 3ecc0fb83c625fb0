import { getDb } from "@/lib/db";

/** Whether the user has an active calendar feed, and since when (the URL itself can't be shown again). */
export async function getCalendarFeedStatus(userId: string): Promise<{ activeSince: Date | null }> {
  const feed = await getDb().calendarFeed.findFirst({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return { activeSince: feed?.createdAt ?? null };
}
