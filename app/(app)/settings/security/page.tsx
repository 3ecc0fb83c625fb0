import type { Metadata } from "next";
import { after } from "next/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { formatDateTime, formatRelative } from "@/components/callbacks/format";
import { SessionsList } from "@/components/auth/sessions-list";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentSession, requireUser } from "@/lib/auth";
import { accountWords } from "@/lib/domain/password-rules";
import { listSessions } from "@/lib/server/sessions/list-sessions";
import { preparePasswordStrength } from "@/lib/domain/password-strength";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const user = await requireUser("/settings/security");
  // The form below will need the password estimator; build it once the page is sent.
  after(preparePasswordStrength);
  const now = new Date();
  const [current, sessions] = await Promise.all([getCurrentSession(), listSessions(user.id, now)]);
  return (
    <div className="space-y-6">
      <PageHeader title="Security" description="Your password, and the browsers signed in to your account." />
      <ChangePasswordForm accountWords={accountWords(user.email, user.name)} />
      <SessionsList
        sessions={sessions.map((session) => {
          const isCurrent = session.id === current?.sessionId;
          return {
            id: session.id,
            isCurrent,
            clientLabel: session.clientLabel || "Unknown browser",
            clientAddress: session.clientAddress,
            signedIn: formatDateTime(session.createdAt, user.timeZone),
            lastActive: isCurrent ? "active now" : `last active ${formatRelative(session.lastSeenAt, now, user.timeZone)}`,
          };
        })}
      />
    </div>
  );
}
