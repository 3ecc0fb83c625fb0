import type { CallbackState } from "@/lib/domain/callback-state";
import type { Lateness } from "@/lib/domain/lateness";
import type { CallbackListItem } from "@/lib/server/callbacks/list-callbacks";
import { formatEv, formatPercent, formatRelative, formatShortDateTime, kindLabel } from "./format";

/**
 * One row of the callbacks list as the client list gets it: its texts already worded on the
 * server (in the request's locale and the user's zone), so 50 rows are a small payload and the
 * browser needs no formatting code.
 */
export type CallbackRowView = {
  id: string;
  title: string;
  kind: string;
  probability: string;
  counterparty: string;
  ev: string;
  state: CallbackState;
  isLate: boolean;
  lateness: Lateness | null;
  area: { name: string; color: string } | null;
  /** The deadline cell: null when the row's dates can't be read (damaged). */
  due: { label: string; iso: string; at: string; relative: string } | null;
};

/** What the deadline column shows: the hard deadline while open, the settlement once settled. */
function deadlineOf(item: CallbackListItem): { label: string; at: Date } {
  if (item.state === "PENDING" || item.state === "TIMED_OUT") return { label: "Times out", at: item.timesOutAt };
  return { label: item.state === "CANCELLED" ? "Cancelled" : "Settled", at: item.settledAt ?? item.timesOutAt };
}

/** The row's view at `now` in `timeZone` (run on the server). */
export function toCallbackRowView(item: CallbackListItem, now: Date, timeZone: string): CallbackRowView {
  const { label, at } = deadlineOf(item);
  const isOpen = item.state === "PENDING" || item.state === "TIMED_OUT";
  const damaged = item.damaged || Number.isNaN(at.getTime());
  return {
    id: item.id,
    title: item.title,
    kind: kindLabel(item.kind),
    probability: formatPercent(item.probability),
    counterparty: item.counterparty,
    ev: formatEv(item.expectedValue),
    state: item.state,
    isLate: item.isLate,
    lateness: item.lateness,
    area: item.area ? { name: item.area.name, color: item.area.color } : null,
    due: damaged
      ? null
      : {
          label,
          iso: at.toISOString(),
          at: formatShortDateTime(at, timeZone, now),
          relative: isOpen ? formatRelative(at, now, timeZone) : `${label.toLowerCase()} ${formatRelative(at, now, timeZone)}`,
        },
  };
}
