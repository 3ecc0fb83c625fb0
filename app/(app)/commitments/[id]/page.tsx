import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AreaChip } from "@/components/callbacks/area-chip";
import { formatDateTime } from "@/components/callbacks/format";
import { CheckInPanel } from "@/components/commitments/check-in-panel";
import { CommitmentActions } from "@/components/commitments/commitment-actions";
import { CommitmentStatusBadge, LockBadge } from "@/components/commitments/commitment-badges";
import { Card, CardHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { formatDayKey } from "@/components/callbacks/format";
import { dayKeyInZone } from "@/lib/domain/time";
import { isAppError } from "@/lib/errors";
import { listAreas } from "@/lib/server/areas/list-areas";
import { getCommitment } from "@/lib/server/commitments/get-commitment";
import { ID_PATTERN } from "@/lib/validation/primitives";

type Props = { params: Promise<{ id: string }> };

/** One read per request, shared by the page and its metadata; someone else's commitment is a 404. */
const loadCommitment = cache(async (id: string) => {
  if (!ID_PATTERN.test(id)) notFound();
  const user = await requireUser(`/commitments/${encodeURIComponent(id)}`);
  const now = new Date();
  try {
    return { user, now, detail: await getCommitment(user, id, now) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { detail } = await loadCommitment(id);
  return { title: detail.commitment.title };
}

const unit = (cadence: "DAILY" | "WEEKLY", count: number) =>
  cadence === "DAILY" ? (count === 1 ? "day" : "days") : count === 1 ? "week" : "weeks";

export default async function CommitmentPage({ params }: Props) {
  const { id } = await params;
  const { user, now, detail } = await loadCommitment(id);
  const { commitment, streak } = detail;
  const isActive = commitment.state === "ACTIVE";
  const areas = isActive ? await listAreas(user.id) : [];

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
      <header className="space-y-2 lg:col-span-2">
        <Link href="/commitments" className="text-sm text-slate-600 hover:underline dark:text-slate-400">
          ← Commitments
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold tracking-tight">{commitment.title}</h1>
          <CommitmentStatusBadge status={detail.status} />
          {detail.locked ? <LockBadge until={formatDayKey(detail.lockedUntil)} /> : null}
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {formatDayKey(detail.startsOn)} → {formatDayKey(detail.endsOn)} · {commitment.cadence === "DAILY" ? "daily" : "weekly"} check-ins
        </p>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <AreaChip area={commitment.area} />
          {commitment.area ? null : <span className="text-slate-500 dark:text-slate-400">Pick an area to turn on the focus guard.</span>}
        </div>
        {commitment.why ? <p className="max-w-prose whitespace-pre-line text-slate-700 dark:text-slate-300">{commitment.why}</p> : null}
      </header>

      <aside aria-labelledby="actions-title" className="space-y-6 lg:sticky lg:top-20 lg:col-start-2 lg:row-span-3 lg:row-start-2">
        {isActive ? (
          <>
            <Card>
              <h2 id="check-in-title" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
                Check in
              </h2>
              <CheckInPanel commitmentId={commitment.id} due={detail.due} cadence={commitment.cadence} />
            </Card>
            <Card>
              <h2 id="actions-title" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
                Actions
              </h2>
              <CommitmentActions
                commitmentId={commitment.id}
                values={{
                  title: commitment.title,
                  why: commitment.why,
                  areaId: commitment.areaId,
                  startsOn: detail.startsOn,
                  endsOn: detail.endsOn,
                  cadence: commitment.cadence,
                }}
                areas={areas.map(({ id: areaId, name }) => ({ id: areaId, name }))}
                started={detail.started}
                locked={detail.locked}
                lockedUntil={formatDayKey(detail.lockedUntil)}
                canClose={detail.canClose}
                canCancel={detail.canCancel}
                canReword={detail.canReword}
                rewordUntil={detail.rewordUntil ? formatDateTime(detail.rewordUntil, user.timeZone) : null}
                today={dayKeyInZone(now, user.timeZone)}
              />
            </Card>
          </>
        ) : (
          <Card>
            <h2 id="actions-title" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
              {commitment.state === "KEPT" ? "Kept" : commitment.state === "BROKEN" ? "Broken" : "Cancelled"}
            </h2>
            <div className="space-y-3 text-sm">
              {commitment.endedAt ? <p className="text-slate-600 dark:text-slate-400">Ended {formatDateTime(commitment.endedAt, user.timeZone)}.</p> : null}
              {commitment.brokenNote ? (
                <div>
                  <h3 className="font-medium">What happened</h3>
                  <p className="whitespace-pre-line text-slate-700 dark:text-slate-300">{commitment.brokenNote}</p>
                </div>
              ) : null}
              {commitment.reflection ? (
                <div>
                  <h3 className="font-medium">Reflection</h3>
                  <p className="whitespace-pre-line text-slate-700 dark:text-slate-300">{commitment.reflection}</p>
                </div>
              ) : null}
            </div>
          </Card>
        )}
      </aside>

      <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-2">
        <Card>
          <CardHeader title="Streak" description="Consecutive kept check-ins up to now; today's open check-in doesn't break it, a miss or a skipped one does." />
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            {(
              [
                ["Current streak", `${streak.current} ${unit(commitment.cadence, streak.current)}`],
                ["Longest", `${streak.longest} ${unit(commitment.cadence, streak.longest)}`],
                ["Kept", String(streak.kept)],
                ["Missed or skipped", String(streak.missed + streak.unchecked)],
              ] as const
            ).map(([label, value]) => (
              <div key={label}>
                <dt className="text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
                <dd className="mt-1 text-xl font-semibold tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card>
          <CardHeader title="Check-ins" />
          {detail.checkIns.length > 0 ? (
            <ol className="divide-y divide-slate-200 dark:divide-slate-800">
              {detail.checkIns.map((checkIn) => (
                <li key={checkIn.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
                  <span>
                    {commitment.cadence === "WEEKLY" ? "Week of " : ""}
                    {formatDayKey(checkIn.period)}
                    {checkIn.note ? <span className="text-slate-600 dark:text-slate-400"> — {checkIn.note}</span> : null}
                  </span>
                  <span className={checkIn.kept ? "font-medium text-emerald-700 dark:text-emerald-300" : "font-medium text-rose-700 dark:text-rose-300"}>
                    {checkIn.kept ? "Kept" : "Missed"}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              No check-ins yet. Each {commitment.cadence === "DAILY" ? "day" : "week"}, say whether you kept it — here or in the daily tick.
            </p>
          )}
        </Card>
        <Card>
          <CardHeader
            title="Focus overrides"
            description="Callbacks you started in another area while this was active. The weekly review reports them."
          />
          {detail.overrides.length > 0 ? (
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {detail.overrides.map((override) => (
                <li key={override.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
                  {override.callbackId ? (
                    <Link href={`/callbacks/${override.callbackId}`} className="font-medium hover:underline">
                      {override.callbackTitle}
                    </Link>
                  ) : (
                    <span className="font-medium">{override.callbackTitle} (deleted)</span>
                  )}
                  <span className="text-slate-600 dark:text-slate-400">{formatDateTime(override.at, user.timeZone)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {commitment.area ? "None: nothing competed with it." : "The focus guard is off: this commitment has no area."}
            </p>
          )}
        </Card>
      </div>
    </div>
  );
}
