import type { Metadata } from "next";
import { WebhookDeliveryLog } from "@/components/settings/webhook-delivery-log";
import { WebhookPanel } from "@/components/settings/webhook-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { getWebhookSettings } from "@/lib/server/webhooks/get-webhook-settings";

export const metadata: Metadata = { title: "Webhooks · Settings" };

export default async function WebhooksSettingsPage() {
  const user = await requireUser("/settings/webhooks");
  const hook = await getWebhookSettings(user.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Webhooks"
        description="Lifeloop POSTs a signed JSON event to your URL when a callback is fulfilled, rejected or times out, when you miss a commitment check-in, and when you complete a weekly review."
      />
      <WebhookPanel
        hook={hook ? { url: hook.url, disabledAt: hook.disabledAt?.toISOString() ?? null, disabledReason: hook.disabledReason, consecutiveFailures: hook.consecutiveFailures } : null}
      />
      {hook ? <WebhookDeliveryLog deliveries={hook.deliveries} timeZone={user.timeZone} /> : null}
    </div>
  );
}
