import { z } from "@/lib/validation/zod";

/**
 * Where webhooks may be sent. In production only https to public addresses; outside production
 * (development and tests) also http and https to this machine's loopback (127.0.0.1, ::1,
 * localhost), so a local receiver can be used. `LIFELOOP_WEBHOOKS_ALLOW_LOOPBACK=1` allows the
 * loopback in production too (one machine posting to a local automation). The sender checks the
 * resolved addresses again at every attempt (lib/server/webhooks/send-webhook.ts).
 */
export function allowsLoopback(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.LIFELOOP_WEBHOOKS_ALLOW_LOOPBACK === "1";
}

export const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

const URL_MESSAGE = "Enter the full address that should receive events, starting with https://.";

/** Why `value` can't be a webhook URL, or null when it can (https; http only to the loopback outside production). */
export function webhookUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return URL_MESSAGE;
  }
  if (url.username || url.password) return "Leave the user name and password out of the address; the signature authenticates Lifeloop.";
  const loopback = LOOPBACK_HOSTS.has(url.hostname.toLowerCase());
  if (loopback && !allowsLoopback()) return "Lifeloop can't send to this machine's own addresses here.";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && loopback) return null;
  return url.protocol === "http:" ? "Use https:// (plain http is only for 127.0.0.1 or localhost while developing)." : URL_MESSAGE;
}

export const webhookUrlSchema = z
  .string({ error: URL_MESSAGE })
  .trim()
  .min(1, URL_MESSAGE)
  .max(2000, "Use at most 2000 characters.")
  .superRefine((value, ctx) => {
    const problem = webhookUrlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const saveWebhookSchema = z.object({ url: webhookUrlSchema });
export type SaveWebhookInput = z.infer<typeof saveWebhookSchema>;
