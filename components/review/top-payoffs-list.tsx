import Link from "next/link";
import { formatAmount } from "@/components/callbacks/format";

/** The bets that produced the most value, best first, each linking to its callback. */
export function TopPayoffsList({ items, className = "" }: { items: readonly { id: string; title: string; value: number }[]; className?: string }) {
  return (
    <ol className={`space-y-1.5 text-sm ${className}`}>
      {items.map((top, index) => (
        <li key={top.id} className="flex items-baseline justify-between gap-3">
          <span className="min-w-0 truncate">
            <span className="mr-2 tabular-nums text-slate-500 dark:text-slate-400">{index + 1}.</span>
            <Link href={`/callbacks/${top.id}`} className="font-medium hover:underline">
              {top.title}
            </Link>
          </span>
          <span className="shrink-0 font-semibold tabular-nums">{formatAmount(top.value)}</span>
        </li>
      ))}
    </ol>
  );
}
