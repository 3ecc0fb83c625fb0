import type { Metadata } from "next";
import Link from "next/link";
import { CustomKindEditor, NewKindForm } from "@/components/settings/kinds-editor";
import { StagesEditor } from "@/components/settings/stages-editor";
import { formatStageLadder } from "@/lib/domain/stage-text";
import { getStageLadder } from "@/lib/server/stages/get-stage-ladder";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { kindPlural } from "@/lib/domain/kinds";
import { describeReplySource } from "@/lib/domain/reply-curve";
import { listAreas } from "@/lib/server/areas/list-areas";
import { getReplyModels } from "@/lib/server/learning/get-reply-models";
import { listKinds } from "@/lib/server/kinds/list-kinds";

export const metadata: Metadata = { title: "Kinds" };

function days(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} day${rounded === 1 ? "" : "s"}`;
}

export default async function KindsSettingsPage() {
  const user = await requireUser("/settings/kinds");
  const [kinds, areas] = await Promise.all([listKinds(user.id, { includeArchived: true }), listAreas(user.id)]);
  const [curves, ladders] = await Promise.all([getReplyModels(user.id, kinds, new Date()), Promise.all(kinds.map((kind) => getStageLadder(user.id, kind)))]);
  const ladderOf = new Map(kinds.map((kind, index) => [kind.key, ladders[index] ?? null]));
  const areaOptions = areas.map(({ id, name }) => ({ id, name }));
  const curveText = (key: string, name: string) => {
    const model = curves.get(key)!.model;
    return `${describeReplySource(model, kindPlural(key, name))}, median ${days(model.medianDays)}`;
  };
  const custom = kinds.filter((kind) => !kind.builtIn);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Kinds"
        description="What you bet on. Each kind has its own reply time, timeout, follow-ups and odds; once 8 of your bets of a kind got a reply, its silence decay follows your own reply times."
      />
      <NewKindForm areas={areaOptions} />
      <Card>
        <CardHeader title="Your kinds" description="Rename one, change the defaults new bets get, or archive it (its bets keep it, and its history still counts)." />
        {custom.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">None yet. Add one above and it appears in the capture form next to the built-in kinds.</p>
        ) : (
          <div className="space-y-4">
            {custom.map((kind) => (
              <CustomKindEditor
                key={kind.key}
                areas={areaOptions}
                kind={{
                  key: kind.key,
                  archived: kind.archived,
                  curveText: curveText(kind.key, kind.name),
                  values: {
                    name: kind.name,
                    expectedReplyDays: String(kind.expectedReplyDays),
                    timeoutDays: String(kind.timeoutDays),
                    followUpDays: kind.followUpDays.join(", "),
                    priorPercent: String(Math.round(kind.defaultPrior * 1000) / 10),
                    defaultPayoff: String(kind.defaultPayoff),
                    defaultEnergyNeeded: String(kind.defaultEnergyNeeded),
                    defaultAreaId: kind.defaultAreaId ?? "",
                  },
                }}
              />
            ))}
          </div>
        )}
      </Card>
      <Card>
        <CardHeader
          title="Stages"
          description="Multi-step bets move through stages on the Board; each move is evidence. Write a kind's stages with the likelihood ratio of reaching each (e.g. “Applied, Screen ×3, Interview ×4”). Once 10 of your settled bets reached a stage, its ratio is learned from your own funnel instead. Blank: the preset (job applications and pitches have one) or no stages."
        />
        <div className="space-y-4">
          {kinds
            .filter((kind) => !kind.archived)
            .map((kind) => {
              const ladder = ladderOf.get(kind.key);
              const summary = ladder
                ? `${ladder.isPreset ? "Preset" : "Yours"}: ${ladder.stages
                    .slice(1)
                    .map((stage) => `${stage.label} ×${Math.round(stage.likelihoodRatio * 100) / 100} (${stage.source === "learned" ? `learned from ${stage.reached}` : "preset"})`)
                    .join(", ")}`
                : "No stages.";
              return <StagesEditor key={kind.key} kindKey={kind.key} kindName={kind.name} text={ladder ? formatStageLadder(ladder.definition) : ""} summary={summary} />;
            })}
        </div>
      </Card>
      <Card>
        <CardHeader
          title="Built-in kinds"
          description={
            <>
              Always there. Change their defaults under <Link href="/settings" className="underline">Profile and areas</Link>.
            </>
          }
        />
        <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
          {kinds
            .filter((kind) => kind.builtIn)
            .map((kind) => (
              <li key={kind.key} className="flex flex-wrap justify-between gap-2 py-2">
                <span className="font-medium">{kind.name}</span>
                <span className="text-slate-600 dark:text-slate-400">Reply curve: {curveText(kind.key, kind.name)}</span>
              </li>
            ))}
        </ul>
      </Card>
    </div>
  );
}
