"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setKindAreaAction } from "@/app/(app)/settings/kind-areas/actions";
import { createSampleHistoryAction, dismissFirstRunAction } from "@/app/(app)/today/first-run-actions";
import { OPEN_CAPTURE_EVENT } from "@/components/callbacks/quick-capture";
import { useActionRunner } from "@/components/callbacks/use-action-runner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { type CallbackKind, KIND_DEFAULTS } from "@/lib/domain/kind-defaults";

/** The kinds offered with an example each (FirstRun.examples in the messages). */
const EXAMPLE_KINDS = ["JOB_APPLICATION", "NETWORKING_MESSAGE", "LEARNING_BET", "CREATIVE_LAUNCH", "HEALTH"] as const satisfies readonly CallbackKind[];

const linkClass = "text-brand-700 underline dark:text-brand-100";

/**
 * A new account's Today: what a callback is, three first bets with an example per kind, the
 * capacity to check, the digest to consider, or a populated account to look around in first.
 */
export function FirstRun({ capacity, areas, careerAreaId }: { capacity: number; areas: { id: string; name: string }[]; careerAreaId: string | null }) {
  const router = useRouter();
  const t = useTranslations("FirstRun");
  const tCommon = useTranslations("Common");
  const [error, setError] = useState<string | null>(null);
  const [career, setCareer] = useState(careerAreaId ?? "");
  const [careerSaved, setCareerSaved] = useState(false);
  const [, startTransition] = useTransition();
  // One runner a button, so each shows its own pending state.
  const sample = useActionRunner(() => {});
  const dismiss = useActionRunner(() => {});

  function openCapture(kind: CallbackKind) {
    window.dispatchEvent(new CustomEvent(OPEN_CAPTURE_EVENT, { detail: { kind } }));
  }

  return (
    <Card>
      <section aria-labelledby="first-run-title" className="space-y-5">
        <div className="space-y-1">
          <h2 id="first-run-title" className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t.rich("intro", { strong: (chunks) => <strong className="font-semibold text-slate-800 dark:text-slate-200">{chunks}</strong> })}
          </p>
        </div>
        <ol className="space-y-4 text-sm">
          <li>
            <p className="font-medium">{t("stepCapture")}</p>
            <ul className="mt-2 grid gap-2 sm:grid-cols-2">
              {EXAMPLE_KINDS.map((kind) => (
                <li key={kind}>
                  <button
                    type="button"
                    onClick={() => openCapture(kind)}
                    className="w-full rounded-xl border border-slate-200 px-3 py-2 text-left hover:border-brand-500 hover:bg-brand-50 dark:border-slate-700 dark:hover:bg-brand-500/10"
                  >
                    <span className="block font-medium">{KIND_DEFAULTS[kind].label}</span>
                    <span className="block text-slate-600 dark:text-slate-400">{t("example", { example: t(`examples.${kind}`) })}</span>
                  </button>
                </li>
              ))}
            </ul>
          </li>
          <li>
            <p className="font-medium">{t("stepCareer")}</p>
            <div className="mt-1 max-w-xs">
              <SelectField
                id="first-run-career-area"
                label={t("careerLabel")}
                hint={careerSaved ? t("careerSaved") : t("careerHint")}
                value={career}
                onChange={(event) => {
                  const areaId = event.target.value;
                  setCareer(areaId);
                  startTransition(async () => {
                    const result = await setKindAreaAction({ kind: "JOB_APPLICATION", areaId });
                    if (!result.ok) setError(result.error);
                    setCareerSaved(result.ok);
                    if (result.ok) router.refresh();
                  });
                }}
              >
                <option value="">{tCommon("noArea")}</option>
                {areas.map((area) => (
                  <option key={area.id} value={area.id}>
                    {area.name}
                  </option>
                ))}
              </SelectField>
            </div>
          </li>
          <li>
            <p className="font-medium">{t("stepCapacity")}</p>
            <p className="text-slate-600 dark:text-slate-400">
              {t.rich("capacity", {
                capacity,
                link: (chunks) => (
                  <Link href="/settings" className={linkClass}>
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </li>
          <li>
            <p className="font-medium">{t("stepDigest")}</p>
            <p className="text-slate-600 dark:text-slate-400">
              {t.rich("digest", {
                link: (chunks) => (
                  <Link href="/settings/notifications" className={linkClass}>
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </li>
        </ol>
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
          <Button
            type="button"
            variant="secondary"
            isPending={sample.isPending}
            pendingLabel={t("generating")}
            onClick={() => sample.run(createSampleHistoryAction, "", () => router.push("/portfolio"))}
          >
            {t("sample")}
          </Button>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("sampleHint")}</p>
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="sm:ml-auto"
            isPending={dismiss.isPending}
            pendingLabel={t("dismissing")}
            onClick={() => dismiss.run(dismissFirstRunAction, "")}
          >
            {t("dismiss")}
          </Button>
        </div>
        {(error ?? sample.error ?? dismiss.error) ? <FormMessage tone="error">{error ?? sample.error ?? dismiss.error}</FormMessage> : null}
      </section>
    </Card>
  );
}
