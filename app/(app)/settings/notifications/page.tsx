import type { Metadata } from "next";
import { NotificationsForm } from "@/components/settings/notifications-form";
import { DeliveryProblems, OutboxList } from "@/components/settings/outbox-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { listOutbox } from "@/lib/server/mail/list-outbox";
import { mailConfig } from "@/lib/server/mail/mail-config";
import { getNotificationSettings } from "@/lib/server/mail/notification-settings";

export const metadata: Metadata = { title: "Notifications · Settings" };

export default async function NotificationsPage() {
  const user = await requireUser("/settings/notifications");
  const [settings, outbox] = await Promise.all([getNotificationSettings(user.id), listOutbox(user.id)]);
  const hasMailServer = mailConfig().smtpUrl !== null;
  return (
    <div className="space-y-6">
      <PageHeader title="Notifications" description={`Lifeloop calls you back by email at ${user.email}: a daily digest of what needs you, and password-reset links.`} />
      <DeliveryProblems items={outbox} timeZone={user.timeZone} />
      <NotificationsForm settings={settings} timeZone={user.timeZone} />
      <OutboxList items={outbox} timeZone={user.timeZone} hasMailServer={hasMailServer} />
    </div>
  );
}
