import type { Metadata } from "next";
import { CalendarFeedPanel } from "@/components/settings/calendar-feed-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { getCalendarFeedStatus } from "@/lib/server/calendar-feed/get-calendar-feed-status";

export const metadata: Metadata = { title: "Calendar · Settings" };

export default async function CalendarSettingsPage() {
  const user = await requireUser("/settings/calendar");
  const status = await getCalendarFeedStatus(user.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Calendar feed"
        description="Subscribe to your deadlines in Google Calendar, Apple Calendar or Outlook: when callbacks time out, replies you expect, follow-ups due, commitment check-ins and ends, and your weekly review day."
      />
      <CalendarFeedPanel activeSince={status.activeSince?.toISOString() ?? null} timeZone={user.timeZone} />
    </div>
  );
}
