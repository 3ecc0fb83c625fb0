import { getDb } from "@/lib/db";

export type SessionSummary = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  clientLabel: string;
  clientAddress: string;
};

/** The user's live sessions (not signed out, not expired), most recently active first. */
export async function listSessions(userId: string, now: Date): Promise<SessionSummary[]> {
  return getDb().session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, clientLabel: true, clientAddress: true },
    take: 200,
  });
}
