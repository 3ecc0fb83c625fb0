import type { TickItem } from "./tick";

/** Keys of the tick, as pressed: each acts on the focused item. */
export type TickKeyAction =
  | "fulfil"
  | "reject"
  | "follow-up"
  | "extend"
  | "evidence"
  | "cancel"
  | "acknowledge"
  | "later"
  | "check-in"
  | "open";

/**
 * The actions an item offers, in button order. A timed-out callback can be settled late, extended,
 * cancelled or acknowledged ("accept the silence"), but takes no follow-up or evidence until it is
 * pending again; a pending one takes everything but acknowledge. Commitments check in (or open the
 * commitment to close it). Every callback item can be put off until tomorrow ("later").
 */
export function tickItemActions(item: Pick<TickItem, "kind" | "reason">): TickKeyAction[] {
  if (item.kind === "commitment") return item.reason === "check_in" ? ["check-in", "later", "open"] : ["open"];
  if (item.reason === "timed_out") return ["fulfil", "reject", "extend", "cancel", "acknowledge", "later", "open"];
  return ["fulfil", "reject", "follow-up", "extend", "evidence", "cancel", "later", "open"];
}
