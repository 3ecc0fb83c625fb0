import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { ListCallbacksQuery } from "@/lib/validation/callbacks";
import { listHref, showingRange } from "./list-query";

type Props = {
  query: ListCallbacksQuery;
  /** The 0-based place of the page's first row, and how many rows it shows. */
  first: number;
  shown: number;
  total: number;
  /** Cursors of the pages before and after (null at either end). */
  prevCursor: string | null;
  nextCursor: string | null;
};

/**
 * "Showing 51–100 of 1,234" with Previous/Next links that keep the filters. The links carry a
 * keyset cursor, not a page number, so a page deep in a long history costs what the first does.
 */
export function ListPagination({ query, first, shown, total, prevCursor, nextCursor }: Props) {
  const secondary = buttonClasses("secondary", "sm");
  const disabled = `${secondary} pointer-events-none opacity-50`;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-600 tabular-nums dark:text-slate-400" aria-live="polite">
        {showingRange(first, shown, total)}
      </p>
      {prevCursor || nextCursor ? (
        <div className="flex items-center gap-2">
          {prevCursor ? (
            <Link href={listHref(query, { cursor: first - shown <= 0 ? null : prevCursor })} rel="prev" className={secondary}>
              <span aria-hidden="true">←</span> Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={disabled}>
              <span aria-hidden="true">←</span> Previous
            </span>
          )}
          {nextCursor ? (
            <Link href={listHref(query, { cursor: nextCursor })} rel="next" className={secondary}>
              Next <span aria-hidden="true">→</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={disabled}>
              Next <span aria-hidden="true">→</span>
            </span>
          )}
        </div>
      ) : null}
    </nav>
  );
}
