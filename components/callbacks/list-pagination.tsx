import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { ListCallbacksQuery } from "@/lib/validation/callbacks";
import { listHref, showingRange } from "./list-query";

type Props = { query: ListCallbacksQuery; page: number; pageCount: number; pageSize: number; total: number };

/** "Showing 1–50 of 1,234" with Previous/Next links that keep the filters. */
export function ListPagination({ query, page, pageCount, pageSize, total }: Props) {
  const disabled = `${buttonClasses("secondary", "sm")} pointer-events-none opacity-50`;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-600 tabular-nums dark:text-slate-400" aria-live="polite">
        {showingRange(page, pageSize, total)}
      </p>
      {pageCount > 1 ? (
        <div className="flex items-center gap-2">
          {page > 1 ? (
            <Link href={listHref(query, { page: page - 1 })} rel="prev" className={buttonClasses("secondary", "sm")}>
              <span aria-hidden="true">←</span> Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={disabled}>
              <span aria-hidden="true">←</span> Previous
            </span>
          )}
          <span className="text-sm text-slate-500 tabular-nums dark:text-slate-400">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={listHref(query, { page: page + 1 })} rel="next" className={buttonClasses("secondary", "sm")}>
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
