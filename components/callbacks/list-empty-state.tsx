import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { NEW_CALLBACK_PATH } from "./list-query";

const box =
  "flex flex-col items-center gap-3 rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center dark:border-slate-700 dark:bg-slate-900";

/** The first visit: what a callback is, and where to capture one. */
export function NoCallbacksYet() {
  const t = useTranslations("Callbacks");
  return (
    <section className={box} aria-labelledby="empty-title">
      <h2 id="empty-title" className="text-lg font-semibold">
        {t("emptyTitle")}
      </h2>
      <div className="max-w-prose space-y-2 text-sm text-slate-600 dark:text-slate-400">
        <p>{t.rich("emptyWhat", { strong: (chunks) => <strong className="font-semibold text-slate-800 dark:text-slate-200">{chunks}</strong> })}</p>
        <p>{t("emptyHow")}</p>
      </div>
      <Link href={NEW_CALLBACK_PATH} className={buttonClasses("primary")}>
        {t("captureFirst")}
      </Link>
    </section>
  );
}

/** Filters match nothing: say so, and offer the way back. */
export function NoMatches({ clearHref, isOnlyOpenFilter, allHref }: { clearHref: string; isOnlyOpenFilter: boolean; allHref: string }) {
  const t = useTranslations("Callbacks");
  if (isOnlyOpenFilter) {
    return (
      <section className={box} aria-labelledby="empty-title">
        <h2 id="empty-title" className="text-lg font-semibold">
          {t("nothingOpenTitle")}
        </h2>
        <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
          {t("nothingOpenText")}
        </p>
        <div className="flex flex-wrap justify-center gap-2">
          <Link href={allHref} className={buttonClasses("secondary")}>
            {t("showAll")}
          </Link>
          <Link href={NEW_CALLBACK_PATH} className={buttonClasses("primary")}>
            {t("capture")}
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section className={box} aria-labelledby="empty-title">
      <h2 id="empty-title" className="text-lg font-semibold">
        {t("noMatchTitle")}
      </h2>
      <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
        {t("noMatchText")}
      </p>
      <Link href={clearHref} className={buttonClasses("secondary")}>
        {t("clearFilters")}
      </Link>
    </section>
  );
}
