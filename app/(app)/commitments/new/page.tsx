import type { Metadata } from "next";
import Link from "next/link";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { MAX_ACTIVE_COMMITMENTS, MAX_BACKDATE_DAYS } from "@/lib/domain/commitments";
import { addDaysToKey } from "@/lib/domain/day-keys";
import { dayKeyInZone } from "@/lib/domain/time";
import { listAreas } from "@/lib/server/areas/list-areas";
import { countActiveCommitments } from "@/lib/server/commitments/count-active-commitments";

export const metadata: Metadata = { title: "New commitment" };

/** Four weeks: the default length of a new commitment. */
const DEFAULT_DAYS = 28;

export default async function NewCommitmentPage() {
  const user = await requireUser("/commitments/new");
  const today = dayKeyInZone(new Date(), user.timeZone);
  const [areas, active] = await Promise.all([
    listAreas(user.id),
    countActiveCommitments(user.id),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <Link href="/commitments" className="text-sm text-slate-600 hover:underline dark:text-slate-400">
          ← Commitments
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">New commitment</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          I block on X until a date. For the first 7 days you can only extend it or make it harder — or honestly mark it broken.
        </p>
      </div>
      {active >= MAX_ACTIVE_COMMITMENTS ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100">
          You have {active} active commitments, the most there can be. Close, break or cancel one first.
        </p>
      ) : null}
      <Card>
        <CommitmentForm
          areas={areas.map(({ id, name }) => ({ id, name }))}
          initial={{ title: "", why: "", areaId: null, startsOn: today, endsOn: addDaysToKey(today, DEFAULT_DAYS), cadence: "DAILY" }}
          minStart={addDaysToKey(today, -MAX_BACKDATE_DAYS)}
          mode={{ kind: "create" }}
        />
      </Card>
    </div>
  );
}
