import { listOutbox } from "@/lib/server/mail/list-outbox";
import { listOutboxOperation } from "@/lib/v1/operations/mail";
import { v1Route } from "@/lib/v1/route";

/** Shown instead of a password-reset link to a personal token: a token must not become the password. */
const RESET_LINK_HIDDEN = "A password-reset link. It is shown only in the app (Settings → Notifications), not to API tokens.";

export const GET = v1Route(listOutboxOperation, async ({ user, auth }) => ({
  items: (await listOutbox(user.id)).map((item) => ({
    id: item.id,
    kind: item.kind === "DIGEST" ? ("digest" as const) : ("password-reset" as const),
    status: item.status.toLowerCase() as "pending" | "sent" | "outbox" | "failed",
    to: item.to,
    subject: item.subject,
    text: item.kind === "PASSWORD_RESET" && auth.kind === "token" ? RESET_LINK_HIDDEN : item.text,
    createdAt: item.createdAt,
    sentAt: item.sentAt,
    error: item.error,
  })),
}));
