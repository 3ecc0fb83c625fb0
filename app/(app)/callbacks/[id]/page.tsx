import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CallbackActions } from "@/components/callbacks/callback-actions";
import { CallbackFacts } from "@/components/callbacks/callback-facts";
import { CallbackHeader } from "@/components/callbacks/callback-header";
import { CallbackTimeline } from "@/components/callbacks/callback-timeline";
import { DamagedCallback } from "@/components/callbacks/damaged-callback";
import { LazyProbabilityChart } from "@/components/charts/lazy-probability-chart";
import { toChartPoints } from "@/components/charts/probability-chart-data";
import { EffortEntryList } from "@/components/effort/effort-entry-list";
import { LogEffortDialog } from "@/components/effort/log-effort-dialog";
import { toEffortRows } from "@/components/effort/to-effort-rows";
import { Card, CardHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { listAreas } from "@/lib/server/areas/list-areas";
import { getCallback } from "@/lib/server/callbacks/get-callback";
import { listEffortEntries } from "@/lib/server/effort/list-effort-entries";
import { listKindNames } from "@/lib/server/kinds/list-kind-options";
import { getCallbackReplyModel } from "@/lib/server/learning/get-callback-reply-model";
import { ID_PATTERN } from "@/lib/validation/primitives";

type Props = { params: Promise<{ id: string }> };

function formatDays(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} day${rounded === 1 ? "" : "s"}`;
}

/** One read per request, shared by the page and its metadata; someone else's callback is a 404. */
const loadCallback = cache(async (id: string) => {
  // Something that can't be an id (a NUL byte, 5,000 characters) names nothing: not found.
  if (!ID_PATTERN.test(id)) notFound();
  const user = await requireUser(`/callbacks/${encodeURIComponent(id)}`);
  const now = new Date();
  try {
    return { user, now, detail: await getCallback(user, id, now) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { detail } = await loadCallback(id);
  return { title: detail.callback.title };
}

export default async function CallbackPage({ params }: Props) {
  const { id } = await params;
  const { user, now, detail: stored } = await loadCallback(id);
  if (stored.damaged.length > 0) return <DamagedCallback detail={stored} />;
  const [areas, effort, reply, kindNames] = await Promise.all([
    listAreas(user.id, { includeArchived: true }),
    listEffortEntries(user, { callbackId: id }),
    getCallbackReplyModel(user, stored.callback, now),
    listKindNames(user.id),
  ]);
  // Silence decay along the kind's reply curve: the user's own once it has 8 replies.
  const detail =
    reply.probability === null ? stored : { ...stored, probability: reply.probability, expectedValue: reply.expectedValue ?? stored.expectedValue };
  const { callback } = detail;
  const kindOptions = kindNames.some((kind) => kind.key === reply.kind.key) ? kindNames : [...kindNames, { key: reply.kind.key, name: `${reply.kind.name} (archived)` }];
  const effortAreas = areas.map(({ id: areaId, name, isArchived }) => ({ id: areaId, name, isArchived }));

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
      <div className="lg:col-span-2">
        <CallbackHeader detail={detail} kindName={reply.kind.name} />
      </div>

      <aside aria-labelledby="actions-title" className="lg:sticky lg:top-20 lg:col-start-2 lg:row-span-3 lg:row-start-2">
        <Card>
          <h2 id="actions-title" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
            Actions
          </h2>
          <CallbackActions
            callback={{
              id: callback.id,
              state: callback.state,
              probability: detail.probability,
              title: callback.title,
              kind: reply.kind.key,
              areaId: callback.areaId,
              counterparty: callback.counterparty,
              channel: callback.channel,
              link: callback.link,
              notes: callback.notes,
              startedAt: callback.startedAt.toISOString(),
              expectedReplyBy: callback.expectedReplyBy.toISOString(),
              timesOutAt: callback.timesOutAt.toISOString(),
              payoff: callback.payoff,
              effort: callback.effort,
              weight: callback.weight,
              energyStillNeeded: callback.energyStillNeeded,
            }}
            actions={detail.actions}
            areas={areas.map(({ id: areaId, name, isArchived }) => ({ id: areaId, name, isArchived }))}
            kinds={kindOptions}
          />
        </Card>
      </aside>

      <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-2">
        <Card>
          <CardHeader title="Numbers" />
          <CallbackFacts detail={detail} now={now} timeZone={user.timeZone} />
          <p className="mt-4 text-sm text-slate-600 dark:text-slate-400" data-testid="reply-curve-source">
            Silence decay: reply-time curve {reply.sourceText} (median {formatDays(reply.model.medianDays)}).
          </p>
        </Card>
        <Card>
          <CardHeader
            title="Probability over time"
            description="Steps are evidence; the slow slide between them is silence lowering the odds."
          />
          <LazyProbabilityChart points={toChartPoints(detail.series)} timeZone={user.timeZone} />
        </Card>
        <Card>
          <CardHeader
            title="Effort"
            description="Energy you logged for this bet. It adds up to the callback's effort, which the portfolio uses for EV per energy point, and counts toward your area shares."
          />
          <div className="space-y-3">
            <LogEffortDialog
              areas={effortAreas}
              timeZone={user.timeZone}
              callback={{ id: callback.id, title: callback.title, areaId: callback.areaId }}
              variant="secondary"
              size="sm"
            />
            {effort.entries.length > 0 ? (
              <EffortEntryList entries={toEffortRows(effort.entries, user.timeZone)} areas={effortAreas} timeZone={user.timeZone} hideCallback />
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">No effort logged for this callback yet.</p>
            )}
            {effort.hasMore ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">Showing the latest {effort.entries.length}; older entries are in the Portfolio page&apos;s effort log.</p>
            ) : null}
          </div>
        </Card>
        <Card>
          <CardHeader title="History" />
          <CallbackTimeline
            events={detail.events}
            now={now}
            timeZone={user.timeZone}
            areaNames={new Map(areas.map((area) => [area.id, area.name]))}
          />
        </Card>
      </div>
    </div>
  );
}
