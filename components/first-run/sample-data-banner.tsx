"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { deleteSampleHistoryAction } from "@/app/(app)/today/first-run-actions";
import { useActionRunner } from "@/components/callbacks/use-action-runner";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";

/** While the account holds generated sample data: says so on every page, with one-click removal. */
export function SampleDataBanner() {
  const router = useRouter();
  const t = useTranslations("SampleData");
  const toast = useToast();
  const { isPending, error, run } = useActionRunner(() => {});
  return (
    <div className="border-b border-violet-200 bg-violet-50 px-4 py-2 text-sm text-violet-950 dark:border-violet-900 dark:bg-violet-950 dark:text-violet-100">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2">
        <p>{t.rich("banner", { strong: (chunks) => <strong className="font-semibold">{chunks}</strong> })}</p>
        <Button
          type="button"
          size="sm"
          variant="secondary"
          isPending={isPending}
          pendingLabel={t("removing")}
          onClick={() =>
            run(deleteSampleHistoryAction, "", (removed) => {
              toast.show({ tone: "success", message: t("removed", { callbacks: removed.callbacks, effortEntries: removed.effortEntries }) });
              router.refresh();
            })
          }
        >
          {t("remove")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="mx-auto max-w-6xl text-red-800 dark:text-red-200">
          {error}
        </p>
      ) : null}
    </div>
  );
}
