import type { CallbackDetail } from "@/lib/server/callbacks/get-callback";
import { formatAmount, formatDateTime, formatEv, formatPercent, formatRelative } from "./format";

type Props = { detail: CallbackDetail; now: Date; timeZone: string };

function Fact({ term, children, hint, tone }: { term: string; children: React.ReactNode; hint?: React.ReactNode; tone?: "warn" | "bad" }) {
  const toneClass = tone === "bad" ? "text-red-700 dark:text-red-400" : tone === "warn" ? "text-yellow-700 dark:text-yellow-300" : "";
  return (
    <div className="min-w-0 rounded-xl bg-slate-50 px-3 py-2.5 dark:bg-slate-800/50">
      <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className={`mt-0.5 text-base font-semibold tabular-nums ${toneClass}`}>{children}</dd>
      {hint ? <dd className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{hint}</dd> : null}
    </div>
  );
}

function When({ date, timeZone }: { date: Date; timeZone: string }) {
  return <time dateTime={date.toISOString()}>{formatDateTime(date, timeZone)}</time>;
}

/** The callback's key numbers and deadlines. */
export function CallbackFacts({ detail, now, timeZone }: Props) {
  const { callback, probability, expectedValue, lateness, nextFollowUp } = detail;
  const isOpen = callback.state === "PENDING" || callback.state === "TIMED_OUT";
  const rel = (date: Date) => formatRelative(date, now, timeZone);
  // Once it has settled, how far off its deadlines are no longer matters.
  // Where a deadline came from: one the user set never moves by itself; a default follows contacts.
  const sourceHint = (date: Date, source: string) => (isOpen ? `${rel(date)} · ${source}` : undefined);
  const replySource = callback.expectedReplySource === "USER" ? "set by you; a contact restarts it" : "the kind's default; a contact restarts it";
  const timeoutSource = callback.timeoutSource === "USER" ? "set by you; only you move it" : "the kind's schedule; a contact can push it out";

  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        <Fact term="Probability now" hint={isOpen ? "After the silence so far" : "When it settled"}>
          <span className="text-2xl">{formatPercent(probability)}</span>
        </Fact>
        <Fact term="Prior">{formatPercent(callback.priorProbability)}</Fact>
        <Fact term="Expected value" hint="Probability × payoff">
          {formatEv(expectedValue)}
        </Fact>
        <Fact term="Payoff" hint="If it succeeds, 1–10">
          {formatAmount(callback.payoff)}
        </Fact>
        <Fact term="Effort" hint="Energy points put in">
          {formatAmount(callback.effort)}
        </Fact>
        <Fact term="Weight" hint="Mental load">
          {formatAmount(callback.weight)}
        </Fact>
      </dl>
      <dl className="grid gap-2 sm:grid-cols-2">
        <Fact term="Started" hint={rel(callback.startedAt)}>
          <When date={callback.startedAt} timeZone={timeZone} />
        </Fact>
        <Fact term="Expected reply by" hint={sourceHint(callback.expectedReplyBy, replySource)} tone={isOpen && lateness === "overdue" ? "warn" : undefined}>
          <When date={callback.expectedReplyBy} timeZone={timeZone} />
        </Fact>
        <Fact term="Times out at" hint={sourceHint(callback.timesOutAt, timeoutSource)} tone={isOpen && lateness === "timed_out" ? "bad" : undefined}>
          <When date={callback.timesOutAt} timeZone={timeZone} />
        </Fact>
        {callback.state === "PENDING" ? (
          <Fact
            term="Next follow-up"
            hint={nextFollowUp ? (nextFollowUp.isDue ? `Due ${rel(nextFollowUp.dueAt)}` : rel(nextFollowUp.dueAt)) : "No more follow-ups in its schedule"}
            tone={nextFollowUp?.isDue ? "warn" : undefined}
          >
            {nextFollowUp ? <When date={nextFollowUp.dueAt} timeZone={timeZone} /> : "None"}
          </Fact>
        ) : callback.settledAt ? (
          <Fact term={callback.state === "CANCELLED" ? "Cancelled" : callback.state === "TIMED_OUT" ? "Timed out" : "Settled"} hint={rel(callback.settledAt)}>
            <When date={callback.settledAt} timeZone={timeZone} />
          </Fact>
        ) : null}
        {callback.realisedPayoff !== null ? <Fact term="Realised payoff">{formatAmount(callback.realisedPayoff)}</Fact> : null}
      </dl>
      {callback.outcomeNote ? (
        <div className="rounded-xl border border-slate-200 px-3 py-2.5 text-sm dark:border-slate-800">
          <p className="text-xs font-medium text-slate-600 dark:text-slate-400">Outcome note</p>
          <p className="mt-0.5 whitespace-pre-wrap break-words">{callback.outcomeNote}</p>
        </div>
      ) : null}
    </div>
  );
}
