import type { CallbackState } from "./callback-state";
import { assertValidDate } from "./errors";
import { nextFollowUp } from "./follow-ups";
import { STALE_AFTER_DAYS, isStale } from "./lateness";
import { addDaysInZone, assertTimeZone, startOfDayInZone } from "./time";

/**
 * The daily tick: one queue of what needs the user. Each callback appears at most once, under its
 * most urgent reason; commitments bring their own items (a check-in due, or one that ended and
 * needs a verdict).
 *
 * Order of reasons, most urgent first (why):
 * 1. `timed_out` — a promise already broke and nobody has looked at it yet; the silence is news.
 * 2. `commitment_close` — a block-on commitment ended: only the user can say kept or broken.
 * 3. `check_in` — a commitment check-in for a period that has begun (today, or the week).
 * 4. `follow_up_due` — the user can act now: the backoff schedule says nudge them.
 * 5. `overdue` — past the expected reply; worth a look, nothing broke yet.
 * 6. `stale` — no news for 14 days; a gentle "is this still alive?".
 * Within a reason, the item waiting longest comes first (`since` ascending), then by id so the
 * order is total and stable.
 */
export const TICK_REASONS = ["timed_out", "commitment_close", "check_in", "follow_up_due", "overdue", "stale"] as const;
export type TickReason = (typeof TICK_REASONS)[number];
export type CallbackTickReason = Extract<TickReason, "timed_out" | "follow_up_due" | "overdue" | "stale">;
export type CommitmentTickReason = Extract<TickReason, "commitment_close" | "check_in">;

/** The columns of a callback the queue needs (more may ride along and are kept on the item). */
export type TickCallbackRow = {
  id: string;
  state: CallbackState;
  expectedReplyBy: Date;
  timesOutAt: Date;
  lastContactAt: Date;
  /** Follow-up schedule in days from the start (strictly increasing), and how many were logged. */
  followUpDays: readonly number[];
  followUpCount: number;
  settledAt: Date | null;
  acknowledgedAt: Date | null;
  snoozedUntil: Date | null;
};

/** A commitment's tick item, as lib/server/commitments lists it (structural, so the shapes stay apart). */
export type TickCommitmentRow =
  | { type: "check-in"; commitmentId: string; period: string; periodStart: Date }
  | { type: "close"; commitmentId: string; endedAt: Date };

export type CallbackTickItem<R extends TickCallbackRow = TickCallbackRow> = {
  kind: "callback";
  /** Unique in the queue: "callback:<id>". */
  key: string;
  reason: CallbackTickReason;
  /** Every reason that applies, most urgent first (`reason` is the first). */
  reasons: CallbackTickReason[];
  /** Since when the reason has applied (the instant the deadline passed, the follow-up fell due…). */
  since: Date;
  callback: R;
};

export type CommitmentTickQueueItem<C extends TickCommitmentRow = TickCommitmentRow> = {
  kind: "commitment";
  /** Unique in the queue: "commitment:<id>:close" or "commitment:<id>:check-in:<period>". */
  key: string;
  reason: CommitmentTickReason;
  reasons: CommitmentTickReason[];
  since: Date;
  commitment: C;
};

export type TickItem<R extends TickCallbackRow = TickCallbackRow, C extends TickCommitmentRow = TickCommitmentRow> =
  | CallbackTickItem<R>
  | CommitmentTickQueueItem<C>;

const MS_PER_DAY = 86_400_000;
const RANK: Record<TickReason, number> = Object.fromEntries(TICK_REASONS.map((reason, index) => [reason, index])) as Record<
  TickReason,
  number
>;

/** True while `snoozedUntil` is still ahead of `now` ("later" keeps the item out until then). */
export function isSnoozed(snoozedUntil: Date | null, now: Date): boolean {
  return snoozedUntil !== null && snoozedUntil.getTime() > now.getTime();
}

/**
 * Every reason `callback` needs the user at `now`, most urgent first, each with the instant it
 * began to apply; empty when it doesn't (settled, cancelled, acknowledged, snoozed, or on time).
 * A PENDING callback past its timeout that the sweeper hasn't reached yet counts as overdue until
 * the sweep makes it TIMED_OUT. Follow-up days are calendar days in `timeZone` (IANA).
 */
export function callbackTickReasons(
  callback: TickCallbackRow,
  now: Date,
  timeZone: string,
): { reason: CallbackTickReason; since: Date }[] {
  assertValidDate(now, "Now");
  if (isSnoozed(callback.snoozedUntil, now)) return [];
  if (callback.state === "TIMED_OUT") {
    return callback.acknowledgedAt === null ? [{ reason: "timed_out", since: callback.settledAt ?? callback.timesOutAt }] : [];
  }
  if (callback.state !== "PENDING") return [];
  const found: { reason: CallbackTickReason; since: Date }[] = [];
  const followUp = nextFollowUp({
    followUpDays: callback.followUpDays,
    lastContactAt: callback.lastContactAt,
    followUpsLogged: callback.followUpCount,
    now,
    timeZone,
  });
  if (followUp?.isDue) found.push({ reason: "follow_up_due", since: followUp.dueAt });
  if (callback.expectedReplyBy.getTime() <= now.getTime()) found.push({ reason: "overdue", since: callback.expectedReplyBy });
  if (isStale({ state: "PENDING", lastEventAt: callback.lastContactAt, now })) {
    found.push({ reason: "stale", since: new Date(callback.lastContactAt.getTime() + STALE_AFTER_DAYS * MS_PER_DAY) });
  }
  return found;
}

function compareItems(a: TickItem<TickCallbackRow, TickCommitmentRow>, b: TickItem<TickCallbackRow, TickCommitmentRow>): number {
  return RANK[a.reason] - RANK[b.reason] || a.since.getTime() - b.since.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The tick's queue at `now` for a user in `timeZone` (IANA): one item per callback that needs them
 * (under its most urgent reason) plus the commitments' items, in the order documented on
 * TICK_REASONS. Pure: rows in, ordered items out; rows that need nothing are dropped.
 */
export function buildTickQueue<R extends TickCallbackRow, C extends TickCommitmentRow>(input: {
  callbacks: readonly R[];
  commitments?: readonly C[];
  now: Date;
  timeZone: string;
}): TickItem<R, C>[] {
  assertValidDate(input.now, "Now");
  assertTimeZone(input.timeZone);
  const items: TickItem<R, C>[] = [];
  const seen = new Set<string>();
  for (const callback of input.callbacks) {
    if (seen.has(callback.id)) continue;
    seen.add(callback.id);
    const found = callbackTickReasons(callback, input.now, input.timeZone);
    const first = found[0];
    if (!first) continue;
    items.push({
      kind: "callback",
      key: `callback:${callback.id}`,
      reason: first.reason,
      reasons: found.map(({ reason }) => reason),
      since: first.since,
      callback,
    });
  }
  for (const commitment of input.commitments ?? []) {
    const reason: CommitmentTickReason = commitment.type === "close" ? "commitment_close" : "check_in";
    items.push({
      kind: "commitment",
      key:
        commitment.type === "close"
          ? `commitment:${commitment.commitmentId}:close`
          : `commitment:${commitment.commitmentId}:check-in:${commitment.period}`,
      reason,
      reasons: [reason],
      since: commitment.type === "close" ? commitment.endedAt : commitment.periodStart,
      commitment,
    });
  }
  return items.sort(compareItems);
}

// The keys and the actions each item offers live in ./tick-actions (no date code: the browser
// imports them); re-exported here for the server side.
export { type TickKeyAction, tickItemActions } from "./tick-actions";

/** "Later": the start of the user's next calendar day in `timeZone` (IANA), after `now`. */
export function snoozeUntil(now: Date, timeZone: string): Date {
  return addDaysInZone(startOfDayInZone(now, timeZone), 1, timeZone);
}
