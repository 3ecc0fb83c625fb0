import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { describeUnsubscribeToken } from "@/lib/server/mail/unsubscribe";

export const metadata: Metadata = { title: "Unsubscribe", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ result?: string }> };

const SETTINGS_LINK = "font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-500";

/**
 * The digest's footer link: confirms before turning the digest off (a link scanner's GET changes
 * nothing), then posts to the one-click endpoint. No sign-in needed; the signed token works once.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { result } = await searchParams;
  const info = await describeUnsubscribeToken(token);
  return (
    <>
      <h1 className="mb-3 text-xl font-semibold">Unsubscribe from the daily digest</h1>
      {result === "unsubscribed" ? (
        <div className="space-y-3">
          <FormMessage tone="success">Done: the daily digest is off{info.email ? ` for ${info.email}` : ""}. No more digests will be sent.</FormMessage>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Changed your mind? Turn it back on in{" "}
            <Link href="/settings/notifications" className={SETTINGS_LINK}>
              Settings → Notifications
            </Link>
            .
          </p>
        </div>
      ) : info.state === "invalid" ? (
        <FormMessage tone="error">This unsubscribe link is not valid. You can turn the digest off in Settings → Notifications.</FormMessage>
      ) : info.state === "already-used" ? (
        <div className="space-y-3">
          <FormMessage tone="error">This link was already used: the digest was turned off with it. Each link works once.</FormMessage>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Manage the digest in{" "}
            <Link href="/settings/notifications" className={SETTINGS_LINK}>
              Settings → Notifications
            </Link>
            .
          </p>
        </div>
      ) : (
        <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`} className="space-y-4">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Stop the daily digest email to <strong className="text-slate-900 dark:text-slate-100">{info.email}</strong>? Nothing else changes.
          </p>
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <Button type="submit" className="w-full">
            Unsubscribe
          </Button>
        </form>
      )}
    </>
  );
}
