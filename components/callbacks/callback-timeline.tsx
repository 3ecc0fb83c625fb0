import type { CallbackEvent } from "@/lib/generated/prisma/client";
import { EVENT_TYPE_LABELS, type EventType, eventDetails, probabilityChange } from "./event-format";
import { formatDateTime, formatLikelihoodRatio, formatRelative } from "./format";

type Props = { events: CallbackEvent[]; now: Date; timeZone: string; areaNames: ReadonlyMap<string, string> };

const DOT: Partial<Record<EventType, string>> = {
  CREATED: "bg-brand-500",
  EVIDENCE: "bg-violet-500",
  FOLLOW_UP: "bg-sky-500",
  CONTACT: "bg-sky-500",
  SETTLED: "bg-emerald-500",
  TIMED_OUT: "bg-red-500",
  CANCELLED: "bg-slate-400",
};

/** The callback's append-only history, newest first. */
export function CallbackTimeline({ events, now, timeZone, areaNames }: Props) {
  const newestFirst = [...events].reverse();
  if (newestFirst.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No events yet.</p>;
  return (
    <ol className="relative space-y-5 border-l border-slate-200 pl-5 dark:border-slate-800" aria-label="History, newest first">
      {newestFirst.map((event) => {
        const type = event.type as EventType;
        const typeLabel = EVENT_TYPE_LABELS[type] ?? event.type;
        const details = eventDetails(type, event.data, { timeZone, areaNames });
        const probability = probabilityChange(event.probabilityBefore, event.probabilityAfter);
        // An edit's label ("Edited title, payoff") only repeats the field list below it.
        const showLabel = event.label && event.label !== typeLabel && !(type === "EDITED" && details.length > 0);
        return (
          <li key={event.id} className="relative">
            <span
              aria-hidden="true"
              className={`absolute -left-[1.6rem] top-1.5 size-2.5 rounded-full ring-4 ring-white dark:ring-slate-900 ${DOT[type] ?? "bg-slate-400"}`}
            />
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
              <p className="text-sm">
                <span className="font-semibold">{typeLabel}</span>
                {showLabel ? <span className="text-slate-700 dark:text-slate-300"> · {event.label}</span> : null}
              </p>
              <time dateTime={event.at.toISOString()} className="text-xs text-slate-500 dark:text-slate-400" title={formatRelative(event.at, now, timeZone)}>
                {formatDateTime(event.at, timeZone)}
              </time>
            </div>
            {probability || event.likelihoodRatio !== null ? (
              <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-600 tabular-nums dark:text-slate-400">
                {probability ? (
                  <span>
                    Probability{" "}
                    {probability.before !== undefined ? (
                      <>
                        {probability.before} <span aria-hidden="true">→</span>
                        <span className="sr-only">to</span> {probability.after}
                      </>
                    ) : (
                      probability.after
                    )}
                  </span>
                ) : null}
                {event.likelihoodRatio !== null ? <span>Likelihood ratio {formatLikelihoodRatio(event.likelihoodRatio)}</span> : null}
              </p>
            ) : null}
            {event.note ? <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-700 dark:text-slate-300">{event.note}</p> : null}
            {details.length > 0 ? (
              <ul className="mt-1.5 space-y-0.5 text-xs text-slate-600 dark:text-slate-400">
                {details.map((detail) => (
                  <li key={detail.label} className="break-words">
                    <span className="font-medium text-slate-700 dark:text-slate-300">{detail.label}:</span>{" "}
                    {detail.before !== undefined ? (
                      <>
                        <span className="line-through decoration-slate-400/70">{detail.before}</span> <span aria-hidden="true">→</span>
                        <span className="sr-only">changed to</span>{" "}
                      </>
                    ) : null}
                    {detail.after}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
