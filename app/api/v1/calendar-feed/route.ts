import { appUrlFor } from "@/lib/server/calendar-feed/app-url";
import { revokeCalendarFeed } from "@/lib/server/calendar-feed/revoke-calendar-feed";
import { rotateCalendarFeed } from "@/lib/server/calendar-feed/rotate-calendar-feed";
import { revokeCalendarFeedOperation, rotateCalendarFeedOperation } from "@/lib/v1/operations/calendar-feed";
import { v1Route } from "@/lib/v1/route";

export const POST = v1Route(rotateCalendarFeedOperation, async ({ user, request }) => {
  const feed = await rotateCalendarFeed(user.id, new Date());
  return { url: `${appUrlFor(request)}${feed.path}` };
});

export const DELETE = v1Route(revokeCalendarFeedOperation, async ({ user }) => {
  await revokeCalendarFeed(user.id, new Date());
  return null;
});
