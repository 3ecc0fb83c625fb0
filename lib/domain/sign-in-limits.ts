/**
 * Limits on failed sign-ins, shaped so that they cannot be turned against the account's owner.
 *
 * - **pair** (email × client): 5 failures in 15 minutes stop that client for that email. This is
 *   the lock a guesser meets; it never touches the owner on another device or network.
 * - **client**: 20 failures in 15 minutes from one client (any emails) stop that client for every
 *   email, so one address can no longer try many accounts.
 * - **account** (the slower, per-email limit): once an email collects 10 failures in an hour
 *   from all clients together, any client that itself failed 3 times on it within that hour is
 *   stopped for that email. Guessers spread over many addresses get 3 tries per address per hour
 *   instead of 20; a client that has not failed on the email (the owner elsewhere) is never
 *   stopped by it.
 *
 * Every refusal lasts until the oldest counted failure leaves its window. Refused attempts are not
 * recorded, so hammering a refused form cannot extend the wait.
 */
export const SIGN_IN_LIMITS = {
  pair: { maxFailures: 5, windowMinutes: 15 },
  client: { maxFailures: 20, windowMinutes: 15 },
  account: { maxFailures: 10, windowMinutes: 60 },
  /** Failures of one client on an account under attack (within `account.windowMinutes`) that stop it. */
  accountPairFailures: 3,
} as const;

export type SignInLimitScope = "pair" | "client" | "account";

export type SignInLimitDecision = { ok: true } | { ok: false; scope: SignInLimitScope; retryAt: Date };

export type RecentFailures = {
  /** Failures of this email from this client, newest first (at least the last 5 within an hour). */
  pair: readonly Date[];
  /** Failures from this client on any email, newest first (at least the last 20 within 15 minutes). */
  client: readonly Date[];
  /** Failures of this email from any client, newest first (at least the last 10 within an hour). */
  account: readonly Date[];
};

/** How many failures of each list the decision reads (the queries fetch no more). */
export const FAILURES_NEEDED = {
  pair: Math.max(SIGN_IN_LIMITS.pair.maxFailures, SIGN_IN_LIMITS.accountPairFailures),
  client: SIGN_IN_LIMITS.client.maxFailures,
  account: SIGN_IN_LIMITS.account.maxFailures,
} as const;

/** The longest window: failures older than this never matter. Minutes. */
export const LONGEST_WINDOW_MINUTES = Math.max(
  SIGN_IN_LIMITS.pair.windowMinutes,
  SIGN_IN_LIMITS.client.windowMinutes,
  SIGN_IN_LIMITS.account.windowMinutes,
);

/**
 * When a limit of `max` failures per `windowMinutes` releases, or null when it does not hold now:
 * the limit holds while `max` failures lie inside the window, and releases when the max-th most
 * recent of them leaves it.
 */
function releaseTime(failures: readonly Date[], max: number, windowMinutes: number, now: Date): Date | null {
  const windowMs = windowMinutes * 60_000;
  const inWindow = failures.filter((at) => at.getTime() > now.getTime() - windowMs).sort((a, b) => b.getTime() - a.getTime());
  if (inWindow.length < max) return null;
  return new Date(inWindow[max - 1]!.getTime() + windowMs);
}

/**
 * Whether a sign-in attempt may be checked now, given the recent failures (times in UTC; the
 * lists may hold older entries, which are ignored). When several limits hold, the answer is the
 * one that lasts longest, so that `retryAt` is a time at which the attempt really is checked.
 */
export function decideSignInLimit(failures: RecentFailures, now: Date): SignInLimitDecision {
  const refusals: { ok: false; scope: SignInLimitScope; retryAt: Date }[] = [];
  const pair = releaseTime(failures.pair, SIGN_IN_LIMITS.pair.maxFailures, SIGN_IN_LIMITS.pair.windowMinutes, now);
  if (pair) refusals.push({ ok: false, scope: "pair", retryAt: pair });
  const client = releaseTime(failures.client, SIGN_IN_LIMITS.client.maxFailures, SIGN_IN_LIMITS.client.windowMinutes, now);
  if (client) refusals.push({ ok: false, scope: "client", retryAt: client });
  const underAttack = releaseTime(failures.account, SIGN_IN_LIMITS.account.maxFailures, SIGN_IN_LIMITS.account.windowMinutes, now);
  const pairOnAttacked = releaseTime(failures.pair, SIGN_IN_LIMITS.accountPairFailures, SIGN_IN_LIMITS.account.windowMinutes, now);
  if (underAttack && pairOnAttacked) {
    // Either condition ending ends the refusal.
    refusals.push({ ok: false, scope: "account", retryAt: underAttack < pairOnAttacked ? underAttack : pairOnAttacked });
  }
  if (refusals.length === 0) return { ok: true };
  return refusals.reduce((latest, refusal) => (refusal.retryAt > latest.retryAt ? refusal : latest));
}
