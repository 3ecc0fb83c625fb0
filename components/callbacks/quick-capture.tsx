"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { captureCallbackAction } from "@/app/(app)/callbacks/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CALLBACK_KINDS, type CallbackKind } from "@/lib/domain/kind-defaults";
import { confirmationFlags } from "./confirmation-flags";
import { KindAndAreaFields } from "./kind-area-fields";

type Area = { id: string; name: string };
const LAST_KIND_KEY = "lifeloop:last-kind";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Quick capture from any signed-in page: the "Capture" button or the N key opens a dialog that
 * needs only a title; the kind's defaults fill the rest. An overflowing capture, or one competing with a
 * running commitment (the focus guard), asks first.
 */
export function QuickCapture({ areas }: { areas: Area[] }) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<CallbackKind>("OTHER");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState<ReturnType<typeof confirmationFlags>>({});
  const [captured, setCaptured] = useState<{ id: string; title: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function open() {
    const saved = window.localStorage.getItem(LAST_KIND_KEY);
    if (saved && (CALLBACK_KINDS as readonly string[]).includes(saved)) setKind(saved as CallbackKind);
    setFieldErrors({});
    setError(null);
    setConfirmation(null);
    setConfirmed({});
    dialogRef.current?.showModal();
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== "n" || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      event.preventDefault();
      open();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  function submit(confirm: boolean) {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    // "Start it anyway" confirms exactly the questions shown (overload and/or the focus guard).
    const input = { title: String(data.get("quick-title") ?? ""), kind, areaId: String(data.get("quick-areaId") ?? ""), ...(confirm ? confirmed : {}) };
    startTransition(async () => {
      setError(null);
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
      window.localStorage.setItem(LAST_KIND_KEY, kind);
      setCaptured(result.data.callback);
      setConfirmation(null);
      setFieldErrors({});
      form.reset();
      dialogRef.current?.close();
      router.refresh();
    });
  }

  return (
    <>
      <Button size="sm" onClick={open} aria-keyshortcuts="n" title="Capture a callback (N)">
        <span aria-hidden="true">+</span> Capture
        <kbd className="ml-1 hidden rounded border border-white/40 px-1 text-[10px] font-normal sm:inline">N</kbd>
      </Button>
      {captured ? (
        <div
          role="status"
          className="fixed bottom-4 right-4 z-50 flex items-center gap-3 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <span>
            Captured{" "}
            <Link href={`/callbacks/${captured.id}`} className="font-medium text-brand-600 underline dark:text-brand-500">
              {captured.title}
            </Link>
          </span>
          <button
            type="button"
            aria-label="Dismiss"
            onClick={() => setCaptured(null)}
            className="rounded px-1 text-slate-500 hover:text-slate-800 dark:hover:text-slate-200"
          >
            ×
          </button>
        </div>
      ) : null}
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
                Capture a callback
              </h2>
              <p className="text-sm text-slate-600 dark:text-slate-400">Something you started whose answer comes later. A title is enough.</p>
            </div>
            <button
              type="button"
              aria-label="Close"
              onClick={() => dialogRef.current?.close()}
              className="rounded-lg px-2 py-1 text-slate-500 hover:bg-slate-100 dark:hover:bg-slate-800"
            >
              ×
            </button>
          </div>
          {error ? <FormMessage tone="error">{error}</FormMessage> : null}
          <TextField
            id="quick-title"
            label="Title"
            placeholder="e.g. Applied to Acme, backend role"
            autoFocus
            maxLength={200}
            errors={fieldErrors.title}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <KindAndAreaFields idPrefix="quick-" kind={kind} onKindChange={setKind} areas={areas} areaLabel="Area (optional)" fieldErrors={fieldErrors} />
          </div>
          {confirmation ? (
            <div
              role="alert"
              className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100"
            >
              <p>{confirmation}</p>
              <div className="flex gap-2">
                <Button type="button" size="sm" isPending={isPending} onClick={() => submit(true)}>
                  Start it anyway
                </Button>
                <Button type="button" size="sm" variant="secondary" onClick={() => dialogRef.current?.close()}>
                  Not now
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
                More details…
              </Link>
              <Button type="submit" isPending={isPending} pendingLabel="Capturing…">
                Capture
              </Button>
            </div>
          )}
        </form>
      </dialog>
    </>
  );
}
