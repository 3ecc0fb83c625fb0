import type { Metadata } from "next";
import Link from "next/link";
import { StageBoard } from "@/components/board/stage-board";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { getBoard } from "@/lib/server/stages/get-board";

export const metadata: Metadata = { title: "Board" };

/** Open bets by stage, for every kind with stages. */
export default async function BoardPage() {
  const user = await requireUser("/board");
  const lanes = await getBoard(user, new Date());
  const withBets = lanes.filter((lane) => lane.cards.length > 0);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Board"
        description={
          <>
            Open bets by stage. Moving a bet on is evidence: its odds change by the stage&apos;s likelihood ratio — learned from your own funnel once 10 of your settled
            bets reached that stage, else the preset. <span className="keyboard-hint">Focus a card and use ← → to move it.</span>
          </>
        }
      />
      {withBets.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            No open bets of a kind with stages yet. Job applications come with applied → screen → interview → final round → offer, and pitches with sent → meeting → term sheet;{" "}
            <Link href="/settings/kinds" className="underline">
              give any kind its own stages
            </Link>{" "}
            in Settings. Capture a bet of one and it shows here.
          </p>
        </Card>
      ) : (
        withBets.map((lane) => (
          <Card key={lane.kindKey}>
            <StageBoard lane={lane} />
          </Card>
        ))
      )}
    </div>
  );
}
