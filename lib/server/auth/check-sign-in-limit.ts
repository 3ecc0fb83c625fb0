import { getDb } from "@/lib/db";
import { FAILURES_NEEDED, SIGN_IN_LIMITS, decideSignInLimit, type SignInLimitDecision } from "@/lib/domain/sign-in-limits";

async function recentFailureTimes(where: { email?: string; clientKey?: string }, since: Date, take: number): Promise<Date[]> {
  const rows = await getDb().signInAttempt.findMany({
    where: { ...where, succeeded: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

/**
 * Whether a password check for `email` from the client `clientKey` may run now (see
 * lib/domain/sign-in-limits.ts for the limits). Three small queries, each on its own index
 * ((email, clientKey, createdAt), (clientKey, createdAt), (email, createdAt)), reading at most 20
 * rows.
 */
export async function checkSignInLimit(email: string, clientKey: string, now: Date): Promise<SignInLimitDecision> {
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  const [pair, client, account] = await Promise.all([
    recentFailureTimes({ email, clientKey }, minutesAgo(SIGN_IN_LIMITS.account.windowMinutes), FAILURES_NEEDED.pair),
    recentFailureTimes({ clientKey }, minutesAgo(SIGN_IN_LIMITS.client.windowMinutes), FAILURES_NEEDED.client),
    recentFailureTimes({ email }, minutesAgo(SIGN_IN_LIMITS.account.windowMinutes), FAILURES_NEEDED.account),
  ]);
  return decideSignInLimit({ pair, client, account }, now);
}
