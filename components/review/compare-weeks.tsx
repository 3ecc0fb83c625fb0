import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { type ComparisonRow, compareWeeks } from "@/lib/domain/review";
import type { WeeklyReviewView } from "@/lib/server/review/get-weekly-review";
import { formatBrier, formatDelta, formatShare, formatWeekLabel } from "./format";
import { REFLECTION_KEYS, REFLECTION_PROMPTS } from "./prompts";
import { currentLocale } from "@/lib/request-locale";

function formatValue(row: ComparisonRow, value: number | null): string {
  if (value === null) return "—";
  if (row.format === "percent") return formatShare(value);
  if (row.format === "brier") return formatBrier(value);
  return value.toLocaleString(currentLocale(), { maximumFractionDigits: 1 });
}

function formatChange(row: ComparisonRow): string {
  if (row.delta === null) return "—";
  if (row.format === "percent") return `${formatDelta(row.delta * 100)} pp`;
  if (row.format === "brier") return formatDelta(row.delta, 3);
  return formatDelta(row.delta, Number.isInteger(row.delta) ? 0 : 1);
}

/** Two weeks side by side: key figures with the change from A to B, then both weeks' reflections. */
export function CompareWeeks({ a, b }: { a: WeeklyReviewView; b: WeeklyReviewView }) {
  const rows = compareWeeks(a.figures, b.figures);
  const th = "px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400";
  const td = "px-3 py-2 tabular-nums";
  const heading = (view: WeeklyReviewView) => (
    <>
      <Link href={`/review/${view.week}`} className="text-brand-700 hover:underline dark:text-brand-100">
        {formatWeekLabel(view.week)}
      </Link>
      {view.saved ? null : <span className="block text-[11px] normal-case text-slate-600 dark:text-slate-400">not completed: live figures</span>}
    </>
  );
  return (
    <div className="space-y-6">
      <Card className="overflow-x-auto">
        <div tabIndex={0} role="region" aria-label="The two weeks compared" className="overflow-x-auto">
        <table className="w-full min-w-[32rem] text-sm">
          <caption className="sr-only">Key figures of the two weeks and the change</caption>
          <thead className="border-b border-slate-200 dark:border-slate-800">
            <tr>
              <th scope="col" className={th}>
                Figure
              </th>
              <th scope="col" className={`${th} text-right`}>
                {heading(a)}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {heading(b)}
              </th>
              <th scope="col" className={`${th} text-right`}>
                Change
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {row.label}
                </th>
                <td className={`${td} text-right`}>{formatValue(row, row.a)}</td>
                <td className={`${td} text-right`}>{formatValue(row, row.b)}</td>
                <td className={`${td} text-right text-slate-600 dark:text-slate-400`}>{formatChange(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        {[a, b].map((view) => (
          <Card key={view.week}>
            <CardHeader title={`Reflections, week of ${formatWeekLabel(view.week)}`} />
            {view.saved ? (
              <dl className="space-y-3 text-sm">
                {REFLECTION_KEYS.map((key) => (
                  <div key={key}>
                    <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{REFLECTION_PROMPTS[key].label}</dt>
                    <dd className="whitespace-pre-wrap">{view.saved!.reflections[key] || "—"}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">This week&apos;s review isn&apos;t completed yet.</p>
            )}
          </Card>
        ))}
      </div>
    </div>
  );
}
