"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { captureCallbackAction } from "@/app/(app)/callbacks/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useToast } from "@/components/ui/toaster";
import { useOnline } from "@/components/pwa/use-online";
import { queueCapture } from "@/lib/pwa/capture-queue";
import { confirmationFlags } from "./confirmation-flags";
import { KindAndAreaFields } from "./kind-area-fields";

type Area = { id: string; name: string };

const strong = (chunks: React.ReactNode) => <strong className="font-medium text-slate-900 dark:text-slate-100">{chunks}</strong>;

export type QuickCaptureProps = {
  areas: Area[];
  kinds: { key: string; name: string }[];
  /** Every kind's default area (lib/server/kind-defaults/kind-areas.ts), built-in and own. */
  kindAreas?: Partial<Record<string, string | null>>;
};

/**
 * Quick capture's dialog, loaded on its first open (the shell's button and keys:
 * components/callbacks/quick-capture.tsx). It needs only a title; the kind's defaults fill the rest. An overflowing capture, or one competing with a
 * running commitment (the focus guard), asks first. The kind starts as "Other" every time (shown
 * in the form), never silently as the last one used. Without a connection the capture is queued
 * on this device (lib/pwa/capture-queue.ts) and sent, once, when the connection returns.
 */
export function QuickCaptureDialog({
  areas,
  kinds,
  kindAreas = {},
  initialKind,
}: QuickCaptureProps & {
  /** The kind it opens with (OTHER unless asked otherwise); mounted afresh for each open. */
  initialKind: string;
}) {
  const router = useRouter();
  const t = useTranslations("Capture");
  const tCommon = useTranslations("Common");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Always the kind asked for (OTHER by default), never silently the last one used.
  const [kind, setKindState] = useState<string>(() => (kinds.some((option) => option.key === initialKind) ? initialKind : "OTHER"));
  // The area follows the kind's default area (Settings → default areas, or the kind's own) until
  // changed; left blank, the server applies the same default, so what is shown is what is saved.
  const [areaId, setAreaId] = useState<string>(() => kindAreas[kind] ?? "");
  const setKind = (next: string) => {
    setKindState(next);
    setAreaId(kindAreas[next] ?? "");
  };
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState<ReturnType<typeof confirmationFlags>>({});
  const [isPending, startTransition] = useTransition();
  const toast = useToast();
  const kindName = kinds.find((option) => option.key === kind)?.name ?? "Other";
  const kindAreaName = areas.find((area) => area.id === kindAreas[kind])?.name;
  const areaName = areas.find((area) => area.id === (areaId || kindAreas[kind]))?.name;
  const online = useOnline();

  // Open as soon as mounted: showModal focuses the first focusable element (the ×); the title is
  // where typing starts.
  useEffect(() => {
    dialogRef.current?.showModal();
    formRef.current?.querySelector<HTMLInputElement>("#quick-title")?.focus();
  }, []);

  function submit(confirm: boolean) {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    // "Start it anyway" confirms exactly the questions shown (overload and/or the focus guard).
    const input = { title: String(data.get("quick-title") ?? ""), kind, areaId: String(data.get("quick-areaId") ?? ""), ...(confirm ? confirmed : {}) };
    startTransition(async () => {
      setError(null);
      if (!navigator.onLine) {
        if (!input.title.trim()) {
          setFieldErrors({ title: [t("titleRequired")] });
          return;
        }
        await queueCapture({ title: input.title, kind });
        toast.show({ tone: "info", message: t("queued", { title: input.title.trim() }) });
        setFieldErrors({});
        form.reset();
        dialogRef.current?.close();
        return;
      }
      const result = await captureCallbackAction(input);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        if (!result.fieldErrors) setError(result.error);
        return;
      }
      if (result.data.status === "needs-confirmation") {
        setConfirmed({ ...(confirm ? confirmed : {}), ...confirmationFlags(result.data.reasons) });
        setConfirmation(result.data.message);
        return;
      }
      toast.show({ tone: "success", message: t("captured"), link: { href: `/callbacks/${result.data.callback.id}`, label: result.data.callback.title } });
      setConfirmation(null);
      setFieldErrors({});
      form.reset();
      dialogRef.current?.close();
      router.refresh();
    });
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="quick-capture-title"
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      onClose={() => setConfirmation(null)}
    >
      <form
        ref={formRef}
        noValidate
        className="space-y-4 p-5"
        onSubmit={(event) => {
          event.preventDefault();
          submit(false);
        }}
      >
        <div className="flex items-start justify-between gap-4">
          <div>
            <h2 id="quick-capture-title" className="text-lg font-semibold">
              {t("title")}
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
            {!online ? (
              <p className="mt-1 text-sm font-medium text-amber-800 dark:text-amber-200">{t("offline")}</p>
            ) : null}
          </div>
          <button
            type="button"
            aria-label={tCommon("close")}
            onClick={() => dialogRef.current?.close()}
            className="rounded-lg px-2 py-1 text-slate-500 hover:bg-slate-100 dark:hover:bg-slate-800"
          >
            ×
          </button>
        </div>
        {error ? <FormMessage tone="error">{error}</FormMessage> : null}
        <TextField
          id="quick-title"
          label={t("titleLabel")}
          placeholder={t("titlePlaceholder")}
          autoFocus
          maxLength={200}
          errors={fieldErrors.title}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <KindAndAreaFields
            idPrefix="quick-"
            kind={kind}
            onKindChange={setKind}
            kinds={kinds}
            areas={areas}
            areaLabel={t("areaOptional")}
            areaHint={kindAreaName ? t("areaBlank", { area: kindAreaName }) : undefined}
            fieldErrors={fieldErrors}
            areaId={areaId}
            onAreaChange={setAreaId}
          />
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="quick-capture-summary">
          {areaName
            ? t.rich("summaryInArea", { kind: kindName, area: areaName, strong })
            : t.rich("summaryNoArea", { kind: kindName, strong })}
        </p>
        {confirmation ? (
          <div
            role="alert"
            className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100"
          >
            <p>{confirmation}</p>
            <div className="flex gap-2">
              <Button type="button" size="sm" isPending={isPending} onClick={() => submit(true)}>
                {t("startAnyway")}
              </Button>
              <Button type="button" size="sm" variant="secondary" onClick={() => dialogRef.current?.close()}>
                {t("notNow")}
              </Button>
            </div>
          </div>
        ) : (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <Link
              href="/callbacks/new"
              onClick={() => dialogRef.current?.close()}
              className="text-sm text-brand-600 underline-offset-2 hover:underline dark:text-brand-500"
            >
              {t("moreDetails")}
            </Link>
            <Button type="submit" isPending={isPending} pendingLabel={t("capturing")}>
              {t("button")}
            </Button>
          </div>
        )}
      </form>
    </dialog>
  );
}
