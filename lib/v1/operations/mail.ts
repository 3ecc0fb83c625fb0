import { outboxSchema } from "@/lib/validation/v1/mail";
import { defineOperation } from "@/lib/v1/operation";

export const listOutboxOperation = defineOperation({
  method: "GET",
  path: "/api/v1/outbox",
  operationId: "listOutbox",
  tag: "Mail",
  summary: "Your mail and the outbox",
  description:
    "The last 50 messages Lifeloop composed for you (digests, password-reset links), newest first: sent ones with `sentAt`, failed ones with " +
    "`error`, and, when the server has no `SMTP_URL`, the ones kept in the outbox instead of being sent.",
  response: outboxSchema,
});

export const MAIL_OPERATIONS = [listOutboxOperation] as const;
