import type { Metadata } from "next";
import Link from "next/link";
import { ActiveCommitmentCard, PastCommitmentRow } from "@/components/commitments/commitment-card";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/auth";
import { MAX_ACTIVE_COMMITMENTS } from "@/lib/domain/commitments";
import { listCommitments } from "@/lib/server/commitments/list-commitments";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Commitments" };

export default async function CommitmentsPage() {
  const user = await requireUser("/commitments");
  const { active, past } = await listCommitments(user, new Date());
  const atLimit = active.length >= MAX_ACTIVE_COMMITMENTS;

  return (
    <div className="space-y-8">
      <PageHeader
        title="Commitments"
        description={<>&ldquo;I block on X until &lt;date&gt;.&rdquo; At most {MAX_ACTIVE_COMMITMENTS} at once; each adds 3 to your load.</>}
        actions={
          <Link href="/commitments/new" className={buttonClasses("primary")}>
            <span aria-hidden="true">+</span> New commitment
          </Link>
        }
      />

      <section aria-labelledby="active-title" className="space-y-3">
        <h2 id="active-title" className="text-lg font-semibold">
          Active <span className="text-sm font-normal text-slate-500 dark:text-slate-400">({active.length} of {MAX_ACTIVE_COMMITMENTS})</span>
        </h2>
        {atLimit ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">That&apos;s the limit: close, break or cancel one before making another.</p>
        ) : null}
        {active.length > 0 ? (
          <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {active.map((commitment) => (
              <ActiveCommitmentCard key={commitment.id} commitment={commitment} />
            ))}
          </ul>
        ) : (
          <div className="flex flex-col items-center gap-3 rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center dark:border-slate-700 dark:bg-slate-900">
            <h3 className="text-base font-semibold">No active commitments</h3>
            <div className="max-w-prose space-y-2 text-sm text-slate-600 dark:text-slate-400">
              <p>
                A <strong className="font-semibold text-slate-800 dark:text-slate-200">block-on commitment</strong> is the courage to block:
                one thing you put first for at least a week, with a daily or weekly check-in.
              </p>
              <p>
                For its first 7 days it can&apos;t be eased or shortened — only honestly marked broken. Give it an area and capturing a bet
                elsewhere will ask whether it competes.
              </p>
            </div>
            <Link href="/commitments/new" className={buttonClasses("primary")}>
              Make your first commitment
            </Link>
          </div>
        )}
      </section>

      <section aria-labelledby="past-title" className="space-y-3">
        <h2 id="past-title" className="text-lg font-semibold">
          Past
        </h2>
        {past.length > 0 ? (
          <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {past.map((commitment) => (
              <PastCommitmentRow key={commitment.id} commitment={commitment} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">Kept, broken and cancelled commitments land here with their reflections.</p>
        )}
      </section>
    </div>
  );
}
