import { z } from "@/lib/validation/zod";
import { instantSchema, listOf } from "@/lib/validation/v1/common";

export const outboxItemSchema = z.object({
  id: z.string(),
  kind: z.enum(["digest", "password-reset"]),
  status: z.enum(["pending", "sent", "outbox", "failed"]).describe("`outbox`: not sent, no mail server configured (SMTP_URL unset)."),
  to: z.string(),
  subject: z.string(),
  text: z.string().describe("The plain-text part. A password-reset link is shown to the signed-in browser only, never to a token."),
  createdAt: instantSchema,
  sentAt: instantSchema.nullable().describe("When the mail server accepted it; null while pending or kept in the outbox."),
  error: z.string().nullable().describe("The last delivery failure (kept after giving up)."),
});

export const outboxSchema = listOf(outboxItemSchema);
