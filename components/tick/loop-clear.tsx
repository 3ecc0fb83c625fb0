import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { Button } from "@/components/ui/button";
import type { TickChanges, TickSummary } from "@/lib/server/tick/get-tick-summary";
import { dateFormat } from "@/components/callbacks/intl-format";
import { useProfile } from "@/components/profile-context";

type Props = {
  headingRef: RefObject<HTMLHeadingElement | null>;
  summary: TickSummary;
  /** Set once this visit's tick is recorded. */
  completed: { completedAt: Date; processed: number } | null;
  isRecording: boolean;
  error: string | null;
  onFinish: () => void;
  timeZone: string;
  /** Over capacity: nothing is due, but the overflow item above still asks for something. */
  overCapacity?: boolean;
};

function formatWhen(date: Date, timeZone: string, locale: string): string {
  return dateFormat(locale, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit", timeZone }).format(date);
}

function formatTime(date: Date, timeZone: string, locale: string): string {
  return dateFormat(locale, { hour: "numeric", minute: "2-digit", timeZone }).format(date);
}

function changeLines(changes: TickChanges, t: ReturnType<typeof useTranslations<"Tick">>): string[] {
  const lines: string[] = [];
  const settled = changes.fulfilled + changes.rejected;
  if (settled > 0) lines.push(t("settled", { settled, fulfilled: changes.fulfilled, rejected: changes.rejected }));
  if (changes.timedOut > 0) lines.push(t("timedOut", { count: changes.timedOut }));
  if (changes.cancelled > 0) lines.push(t("cancelled", { count: changes.cancelled }));
  if (changes.created > 0) lines.push(t("created", { count: changes.created }));
  return lines;
}

/**
 * The empty queue: "loop clear", what changed since the previous tick (or since joining), and
 * whether this tick is recorded. The heading takes focus when the last item is done.
 */
export function LoopClear({ headingRef, summary, completed, isRecording, error, onFinish, timeZone, overCapacity = false }: Props) {
  const { locale } = useProfile();
  const t = useTranslations("Tick");
  const lines = changeLines(summary.changes, t);
  const since = summary.sinceKind === "joined" ? t("sinceJoined") : t("sinceLastTick", { when: formatWhen(summary.since, timeZone, locale) });
  return (
    <section
      aria-labelledby="loop-clear-title"
      className="flex flex-col items-center gap-3 rounded-2xl border border-dashed border-emerald-300 bg-emerald-50/50 px-6 py-12 text-center dark:border-emerald-800 dark:bg-emerald-950/20"
    >
      <span aria-hidden="true" className="text-3xl text-emerald-600 dark:text-emerald-400">
        ⟳
      </span>
      <h2 id="loop-clear-title" ref={headingRef} tabIndex={-1} className="rounded px-2 text-2xl font-semibold tracking-tight outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
        {overCapacity ? t("nothingDue") : t("loopClear")}
      </h2>
      <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
        {overCapacity ? t("overCapacityText") : t("clearText")}
      </p>
      <div className="max-w-prose text-sm">
        <p className="font-medium text-slate-800 dark:text-slate-200">{since}:</p>
        {lines.length > 0 ? (
          <ul aria-label={t("whatChanged")} className="mt-1 space-y-0.5 text-slate-700 dark:text-slate-300">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-slate-600 dark:text-slate-400">{t("nothingChanged")}</p>
        )}
      </div>
      {completed ? (
        <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-400">
          {t("recorded", { time: formatTime(completed.completedAt, timeZone, locale), count: completed.processed })}
        </p>
      ) : isRecording ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {t("recording")}
        </p>
      ) : (
        <div className="space-y-2">
          {summary.lastTick ? (
            <p className="text-xs text-slate-500 dark:text-slate-400">
              {t("lastTick", { when: formatWhen(summary.lastTick.completedAt, timeZone, locale), count: summary.lastTick.processed })}
            </p>
          ) : null}
          <Button type="button" variant="secondary" size="sm" onClick={onFinish}>
            {t("finish")}
          </Button>
        </div>
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </section>
  );
}
