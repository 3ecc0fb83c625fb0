"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { deleteSampleHistoryAction } from "@/app/(app)/today/first-run-actions";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";

/** While the account holds generated sample data: says so on every page, with one-click removal. */
export function SampleDataBanner() {
  const router = useRouter();
  const t = useTranslations("SampleData");
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
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
            startTransition(async () => {
              const result = await deleteSampleHistoryAction();
              if (!result.ok) {
                setError(result.error);
                return;
              }
              toast.show({ tone: "success", message: t("removed", { callbacks: result.data.callbacks, effortEntries: result.data.effortEntries }) });
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
