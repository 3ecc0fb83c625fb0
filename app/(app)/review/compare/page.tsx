import type { Metadata } from "next";
import Link from "next/link";
import { CompareWeeks } from "@/components/review/compare-weeks";
import { FormMessage } from "@/components/ui/form-message";
import { requireUser } from "@/lib/auth";
import { getWeeklyReview } from "@/lib/server/review/get-weekly-review";
import { compareWeeksSchema } from "@/lib/validation/review";
import { loadOrNotFound } from "../load-or-not-found";

export const metadata: Metadata = { title: "Compare weeks" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Two weeks side by side (?a=YYYY-MM-DD&b=YYYY-MM-DD, each a Monday). */
export default async function CompareWeeksPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = { a: first(params.a) ?? "", b: first(params.b) ?? "" };
  const user = await requireUser(`/review/compare?${new URLSearchParams(query).toString()}`);
  const parsed = compareWeeksSchema.safeParse(query);
  const header = (
    <div>
      <Link href="/review" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
        ← Weekly review
      </Link>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Compare weeks</h1>
    </div>
  );
  if (!parsed.success) {
    return (
      <div className="space-y-6">
        {header}
        <FormMessage tone="error">
          {query.a && query.a === query.b ? "Pick two different weeks to compare." : "Pick two weeks from your past reviews to compare them."}{" "}
          <Link href="/review#past-reviews" className="font-medium underline">
            Back to your reviews
          </Link>
        </FormMessage>
      </div>
    );
  }
  const now = new Date();
  const [a, b] = await loadOrNotFound(() => Promise.all([getWeeklyReview(user, parsed.data.a, now), getWeeklyReview(user, parsed.data.b, now)]));
  return (
    <div className="space-y-6">
      {header}
      <CompareWeeks a={a} b={b} />
    </div>
  );
}
