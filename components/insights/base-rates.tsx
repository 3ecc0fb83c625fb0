import { kindLabel } from "@/components/callbacks/format";
import { Card, CardHeader } from "@/components/ui/card";
import type { Insights } from "@/lib/server/insights/get-insights";

type Row = { key: string; label: React.ReactNode; settled: number; fulfilled: number; pending: number; raw: number | null; smoothed: number };

const pct = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

function RateTable({ caption, rows }: { caption: string; rows: Row[] }) {
  const cell = "px-3 py-2 text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400";
  const th = `${cell} text-right`;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[26rem] text-sm">
        <caption className="mb-2 text-left text-sm font-semibold">{caption}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <tr>
            <th scope="col" className={`${cell} text-left`}>
              {caption.replace("By ", "")}
            </th>
            <th scope="col" className={th}>
              Settled
            </th>
            <th scope="col" className={th}>
              Fulfilled
            </th>
            <th scope="col" className={th}>
              Rate
            </th>
            <th scope="col" className={th}>
              Smoothed
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="px-3 py-1.5 text-left font-medium">
                {row.label}
                {row.pending > 0 ? <span className="ml-1 text-xs font-normal text-slate-600 dark:text-slate-400"> ({row.pending} open)</span> : null}
              </th>
              <td className="px-3 py-1.5 text-right">{row.settled}</td>
              <td className="px-3 py-1.5 text-right">{row.fulfilled}</td>
              <td className="px-3 py-1.5 text-right">{pct(row.raw)}</td>
              <td className="px-3 py-1.5 text-right font-semibold">{pct(row.smoothed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Base rates per kind and per area: counts, the raw rate, and the Beta(1,1)-smoothed rate (suggested priors shrink toward the kind default instead). */
export function BaseRates({ byKind, byArea }: Pick<Insights, "byKind" | "byArea">) {
  const kinds = byKind.filter((k) => k.settled + k.pending > 0);
  return (
    <Card>
      <CardHeader
        title="Base rates"
        id="base-rates"
        description="How often each kind of bet and each area came back yes. Settled counts fulfilled, rejected and timed out; the smoothed rate is (yes + 1) / (settled + 2). New priors are suggested closer to the kind's default: (yes + 4 × default) / (settled + 4), so one rejection never raises them."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <RateTable caption="By kind" rows={kinds.map((k) => ({ key: k.kind, label: kindLabel(k.kind), ...k }))} />
        <RateTable
          caption="By area"
          rows={byArea.map((a) => ({
            key: a.areaId ?? "none",
            label: (
              <span className="inline-flex items-center gap-2">
                <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ backgroundColor: a.color ?? "#94a3b8" }} />
                {a.name}
              </span>
            ),
            ...a,
          }))}
        />
      </div>
    </Card>
  );
}
