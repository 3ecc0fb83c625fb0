"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { type ActionResult, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import { appUrlFromHeaders } from "@/lib/server/calendar-feed/app-url";
import { revokeCalendarFeed } from "@/lib/server/calendar-feed/revoke-calendar-feed";
import { rotateCalendarFeed } from "@/lib/server/calendar-feed/rotate-calendar-feed";

const SIGNED_OUT: ActionResult<never> = { ok: false, error: "Your session has ended. Sign in again." };
const PATH = "/settings/calendar";

/** Creates or rotates the feed; the answer carries its URL, the only time it is shown. */
export async function rotateCalendarFeedAction(): Promise<ActionResult<{ url: string }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const appUrl = appUrlFromHeaders(await headers());
  const result = await runServerCall(async () => {
    const feed = await rotateCalendarFeed(user.id, new Date());
    return { url: `${appUrl}${feed.path}` };
  });
  if (result.ok) revalidatePath(PATH);
  return result;
}

export async function revokeCalendarFeedAction(): Promise<ActionResult<boolean>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const result = await runServerCall(() => revokeCalendarFeed(user.id, new Date()));
  if (result.ok) revalidatePath(PATH);
  return result;
}
