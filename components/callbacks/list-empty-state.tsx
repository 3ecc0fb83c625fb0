import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { NEW_CALLBACK_PATH } from "./list-query";

const box =
  "flex flex-col items-center gap-3 rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center dark:border-slate-700 dark:bg-slate-900";

/** The first visit: what a callback is, and where to capture one. */
export function NoCallbacksYet() {
  return (
    <section className={box} aria-labelledby="empty-title">
      <h2 id="empty-title" className="text-lg font-semibold">
        No callbacks yet
      </h2>
      <div className="max-w-prose space-y-2 text-sm text-slate-600 dark:text-slate-400">
        <p>
          A <strong className="font-semibold text-slate-800 dark:text-slate-200">callback</strong> is a bet you placed that someone
          else will answer later: a job application, a cold email, a coffee-chat ask, a launch. It comes back as a yes, a no, or
          silence.
        </p>
        <p>
          Capture each one with when you expect a reply and how likely a yes is. Lifeloop keeps the deadline, reminds you to follow
          up, and lowers the odds as the silence grows.
        </p>
      </div>
      <Link href={NEW_CALLBACK_PATH} className={buttonClasses("primary")}>
        Capture your first callback
      </Link>
    </section>
  );
}

/** Filters match nothing: say so, and offer the way back. */
export function NoMatches({ clearHref, isOnlyOpenFilter, allHref }: { clearHref: string; isOnlyOpenFilter: boolean; allHref: string }) {
  if (isOnlyOpenFilter) {
    return (
      <section className={box} aria-labelledby="empty-title">
        <h2 id="empty-title" className="text-lg font-semibold">
          Nothing open right now
        </h2>
        <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
          Every callback has settled or been cancelled. Place a new bet, or look back at the ones that resolved.
        </p>
        <div className="flex flex-wrap justify-center gap-2">
          <Link href={allHref} className={buttonClasses("secondary")}>
            Show all callbacks
          </Link>
          <Link href={NEW_CALLBACK_PATH} className={buttonClasses("primary")}>
            Capture a callback
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section className={box} aria-labelledby="empty-title">
      <h2 id="empty-title" className="text-lg font-semibold">
        No callbacks match these filters
      </h2>
      <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
        Try another search or widen the filters.
      </p>
      <Link href={clearHref} className={buttonClasses("secondary")}>
        Clear filters
      </Link>
    </section>
  );
}
