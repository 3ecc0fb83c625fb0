import type { CallbackTickReason, CommitmentTickReason, TickReason } from "@/lib/domain/tick";
import type { TickQueueItem } from "@/lib/server/tick/list-tick-queue";
import { describeReason } from "./format";

type Base = {
  key: string;
  /** The other reasons that apply, after the main one. */
  others: TickReason[];
  title: string;
  /** Where Enter (or the title) leads: the callback, or the commitment. */
  href: string;
  /** The line under the title: why it is here, and since when (worded on the server). */
  description: string;
};

/** What an action's form needs of a callback, and what its row shows. */
export type TickViewCallback = {
  id: string;
  state: "PENDING" | "TIMED_OUT";
  counterparty: string;
  area: { name: string; color: string } | null;
  probability: number;
  payoff: number;
  timesOutAt: Date;
  expectedReplyBy: Date;
};

export type TickViewCommitment = { commitmentId: string } & ({ type: "check-in"; period: string; periodLabel: string } | { type: "close" });

/**
 * One tick item as the client queue gets it: only what the row shows and the action forms need
 * (not the whole callback row), so a queue of 100 items stays a small RSC payload.
 */
export type TickView =
  | (Base & { kind: "callback"; reason: CallbackTickReason; callback: TickViewCallback })
  | (Base & { kind: "commitment"; reason: CommitmentTickReason; commitment: TickViewCommitment });

/** The client's view of a queue item at `now` in `timeZone` (run on the server). */
export function toTickView(item: TickQueueItem, now: Date, timeZone: string): TickView {
  if (item.kind === "commitment") {
    const c = item.commitment;
    return {
      kind: "commitment",
      key: item.key,
      reason: item.reason,
      others: item.reasons.slice(1),
      title: c.title,
      href: `/commitments/${c.commitmentId}`,
      description: c.type === "check-in" ? `Did you keep it ${c.periodLabel}?` : describeReason(item.reason, item.since, now, timeZone),
      commitment: c.type === "check-in" ? { type: "check-in", commitmentId: c.commitmentId, period: c.period, periodLabel: c.periodLabel } : { type: "close", commitmentId: c.commitmentId },
    };
  }
  const c = item.callback;
  return {
    kind: "callback",
    key: item.key,
    reason: item.reason,
    others: item.reasons.slice(1),
    title: c.title,
    href: `/callbacks/${c.id}`,
    description: describeReason(item.reason, item.since, now, timeZone),
    callback: {
      id: c.id,
      state: c.state,
      counterparty: c.counterparty,
      area: c.area ? { name: c.area.name, color: c.area.color } : null,
      probability: c.probability,
      payoff: c.payoff,
      timesOutAt: c.timesOutAt,
      expectedReplyBy: c.expectedReplyBy,
    },
  };
}
