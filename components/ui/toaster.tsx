"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";

export type Toast = {
  id: number;
  message: string;
  /** An optional link after the message (e.g. the captured callback). */
  link?: { href: string; label: string };
  tone?: "success" | "info" | "error";
};

type ToastInput = Omit<Toast, "id">;
type ToastApi = { show: (toast: ToastInput) => void; dismiss: (id: number) => void };

/** How long a toast stays, unless the pointer or focus is on it. */
export const TOAST_MS = 6_000;

const ToastContext = createContext<ToastApi | null>(null);

/** Shows a toast from anywhere under <Toaster>; a no-op outside one. */
export function useToast(): ToastApi {
  return useContext(ToastContext) ?? NOOP;
}
const NOOP: ToastApi = { show: () => {}, dismiss: () => {} };

/**
 * Page-level toasts. The region is rendered as a sibling of the page (never inside the header,
 * whose backdrop filter would make it the containing block of anything `fixed`), is always in
 * the document so screen readers announce what is added to it (role=status, polite), and each
 * toast goes away by itself after TOAST_MS (paused while hovered or focused) or with its ×.
 */
export function Toaster({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((current) => [...current.slice(-2), { ...toast, id }]);
  }, []);
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  const t = useTranslations("Common");
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-label={t("toasts")}
        className="pointer-events-none fixed inset-x-0 bottom-20 z-50 flex flex-col items-center gap-2 px-4 md:bottom-4 md:items-end"
      >
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

const TONES: Record<NonNullable<Toast["tone"]>, string> = {
  success: "border-emerald-300 dark:border-emerald-800",
  info: "border-slate-200 dark:border-slate-700",
  error: "border-red-300 dark:border-red-800",
};

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: () => void }) {
  const t = useTranslations("Common");
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(onDismiss, TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [paused, onDismiss]);
  return (
    <div
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      className={`pointer-events-auto flex max-w-[min(28rem,calc(100vw-2rem))] items-center gap-3 rounded-xl border bg-white px-4 py-3 text-sm text-slate-900 shadow-lg dark:bg-slate-900 dark:text-slate-100 ${TONES[toast.tone ?? "info"]}`}
    >
      <p className="min-w-0">
        {toast.message}
        {toast.link ? (
          <>
            {" "}
            <Link href={toast.link.href} className="font-medium text-brand-700 underline dark:text-brand-100">
              {toast.link.label}
            </Link>
          </>
        ) : null}
      </p>
      <button
        type="button"
        aria-label={t("dismissToast")}
        onClick={onDismiss}
        className="shrink-0 rounded px-1.5 text-lg leading-none text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
      >
        ×
      </button>
    </div>
  );
}
