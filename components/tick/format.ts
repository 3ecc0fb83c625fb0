import { dateFormat, formatRelative } from "@/components/callbacks/format";
import { currentLocale } from "@/lib/request-locale";
import type { TickReason } from "@/lib/domain/tick";

// Labels, key actions and plural() live in ./labels (no date code: client components import them
// from there); re-exported for the server side.
export { REASON_LABELS, REASON_STYLES, TICK_ACTIONS, plural } from "./labels";

/** "Timed out 3 days ago", "Reply was expected yesterday", … for the line under a title. */
export function describeReason(reason: TickReason, since: Date, now: Date, timeZone: string): string {
  const when = formatRelative(since, now, timeZone);
  switch (reason) {
    case "timed_out":
      return `Timed out ${when} with no answer.`;
    case "follow_up_due":
      return `A follow-up was due ${when}.`;
    case "overdue":
      return `The reply was expected ${when}.`;
    case "stale":
      return `No news for ${Math.floor((now.getTime() - since.getTime()) / 86_400_000) + 14} days.`;
    case "check_in":
      return "How did it go?";
    case "commitment_close":
      return `It ended ${when}: was it kept or broken?`;
  }
}

/** "Thursday, November 26" in `timeZone`, in the request's locale. */
export function formatTickDate(now: Date, timeZone: string, locale: string = currentLocale()): string {
  return dateFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone }).format(now);
}
