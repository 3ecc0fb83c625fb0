import { getDb } from "@/lib/db";

export const OUTBOX_LIMIT = 50;

export type OutboxItem = {
  id: string;
  kind: "DIGEST" | "PASSWORD_RESET";
  status: "PENDING" | "SENT" | "OUTBOX" | "FAILED";
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
  error: string | null;
  attempts: number;
  nextAttemptAt: Date;
};

/** The user's own mail, newest first (the last OUTBOX_LIMIT): the outbox and what was sent or failed. */
export async function listOutbox(userId: string, limit = OUTBOX_LIMIT): Promise<OutboxItem[]> {
  return getDb().emailMessage.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, status: true, to: true, subject: true, text: true, createdAt: true, sentAt: true, error: true, attempts: true, nextAttemptAt: true },
  });
}
