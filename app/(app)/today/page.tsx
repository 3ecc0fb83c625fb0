import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LogEffortDialog } from "@/components/effort/log-effort-dialog";
import { formatTickDate } from "@/components/tick/format";
import { FirstRun } from "@/components/first-run/first-run";
import { LoadLevelLine } from "@/components/tick/load-level-line";
import { OverflowItem } from "@/components/tick/overflow-item";
import { TickQueue } from "@/components/tick/tick-queue";
import { toTickView } from "@/components/tick/tick-view";
import { OddsPanel } from "@/components/portfolio/odds-panel";
import { Card, CardHeader } from "@/components/ui/card";
import { getPortfolioOdds } from "@/lib/server/learning/get-portfolio-odds";
import { requireUser } from "@/lib/auth";
import { listRequestAreas } from "@/lib/server/areas/list-request-areas";
import { getKindAreas } from "@/lib/server/kind-defaults/kind-areas";
import { listEffortCallbackOptions } from "@/lib/server/effort/list-effort-callback-options";
import { getRequestLoad } from "@/lib/server/load/get-request-load";
import { listLeastValuableBets } from "@/lib/server/load/list-least-valuable-bets";
import { getTickSummary } from "@/lib/server/tick/get-tick-summary";
import { TODAY_QUEUE_LIMIT, listTickQueue } from "@/lib/server/tick/list-tick-queue";
import { needsFirstRun } from "@/lib/server/users/first-run";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Today"))("title") };
}

/**
 * Today: the daily tick. Reading only — nothing is written on GET (Next prefetches pages); the
 * tick is recorded by a server action when the queue is emptied or "Finish tick" is pressed.
 */
export default async function TodayPage() {
  const user = await requireUser("/today");
  const now = new Date();
  const [queue, summary, load, allAreas, callbackOptions, odds, t] = await Promise.all([
    listTickQueue(user, now, { limit: TODAY_QUEUE_LIMIT }),
    getTickSummary(user, now),
    // The layout's reads, shared (React cache): one load and one areas query per request.
    getRequestLoad(user.id, user.timeZone, user.capacity),
    listRequestAreas(user.id),
    listEffortCallbackOptions(user),
    getPortfolioOdds(user, now),
    getTranslations("Today"),
  ]);
  const areas = allAreas.filter((area) => !area.isArchived);
  // A new account (no bet yet, not even a sample one, and the welcome never finished or hidden)
  // gets the first-run path above the queue.
  const isNew = queue.total === 0 && (await needsFirstRun(user.id));
  const careerAreaId = isNew ? (await getKindAreas(user.id)).JOB_APPLICATION : null;
  const overflow = load.level === "overflow";
  const leastValuable = overflow ? await listLeastValuableBets(user, now) : [];

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t("title")}
        description={t.rich("description", { time: () => <time dateTime={now.toISOString()}>{formatTickDate(now, user.timeZone)}</time> })}
        actions={
          <div className="flex flex-wrap items-start gap-3">
            <LoadLevelLine load={load.load} capacity={load.capacity} level={load.level} projectionText={load.projectionText} />
            {areas.length > 0 ? (
              <LogEffortDialog
                areas={areas.map(({ id, name }) => ({ id, name }))}
                timeZone={user.timeZone}
                callbacks={callbackOptions}
                variant="secondary"
                size="sm"
              />
            ) : null}
          </div>
        }
      />
      {isNew ? <FirstRun capacity={user.capacity} areas={areas.map(({ id, name }) => ({ id, name }))} careerAreaId={careerAreaId} /> : null}
      {overflow && leastValuable.length > 0 ? <OverflowItem load={load.load} capacity={load.capacity} bets={leastValuable} /> : null}
      <TickQueue
        items={queue.items.map((item) => toTickView(item, now, user.timeZone))}
        total={queue.total}
        summary={summary}
        timeZone={user.timeZone}
        overCapacity={overflow}
      />
      {odds.overall.open > 0 ? (
        <Card>
          <CardHeader title={t("oddsTitle")} description={t("oddsDescription")} />
          <OddsPanel odds={odds} compact />
        </Card>
      ) : null}
    </div>
  );
}
