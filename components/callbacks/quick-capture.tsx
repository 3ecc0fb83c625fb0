"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { useShortcutsEnabled } from "@/components/shell/shortcuts";
import type { QuickCaptureProps } from "./quick-capture-dialog";

/** Dispatch on window (detail: { kind }) to open quick capture with that kind chosen (first run). */
export const OPEN_CAPTURE_EVENT = "lifeloop:open-capture";

const loadDialog = () => import("./quick-capture-dialog");
// Its own chunk, fetched on the first open (or as soon as the pointer or focus reaches the
// button): every signed-in page carries this button, few views open it.
const QuickCaptureDialog = dynamic(() => loadDialog().then((m) => m.QuickCaptureDialog), { ssr: false });

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Quick capture from any signed-in page: the "Capture" button or the N key opens a dialog that
 * needs only a title (components/callbacks/quick-capture-dialog.tsx). Until the first open, only
 * this button and its listeners are on the page.
 */
export function QuickCapture(props: QuickCaptureProps) {
  const t = useTranslations("Capture");
  const shortcutsEnabled = useShortcutsEnabled();
  const [request, setRequest] = useState<{ id: number; kind: string } | null>(null);
  const [isLoaded, setIsLoaded] = useState(false);
  // Between the first open and the dialog's chunk arriving, the button shows it is on its way.
  const isLoading = request !== null && !isLoaded;
  useEffect(() => {
    if (request === null || isLoaded) return;
    let live = true;
    loadDialog().then(
      () => live && setIsLoaded(true),
      // Couldn't fetch it (no connection, no cached copy): the button works again for a retry.
      () => live && setRequest(null),
    );
    return () => {
      live = false;
    };
  }, [request, isLoaded]);

  function open(kind: string = "OTHER") {
    setRequest((previous) => ({ id: (previous?.id ?? 0) + 1, kind }));
  }

  // Listeners see the latest state without re-subscribing.
  const openFromEvent = useEffectEvent((kind: string) => open(kind));

  useEffect(() => {
    function onOpen(event: Event) {
      const detail = (event as CustomEvent<{ kind?: string }>).detail;
      openFromEvent(detail?.kind ?? "OTHER");
    }
    window.addEventListener(OPEN_CAPTURE_EVENT, onOpen);
    return () => window.removeEventListener(OPEN_CAPTURE_EVENT, onOpen);
  }, []);

  useEffect(() => {
    if (!shortcutsEnabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== "n" || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      event.preventDefault();
      openFromEvent("OTHER");
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [shortcutsEnabled]);

  return (
    <>
      <Button
        size="sm"
        onClick={() => open()}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        isPending={isLoading}
        aria-keyshortcuts={shortcutsEnabled ? "n" : undefined}
        title={shortcutsEnabled ? t("buttonTitleWithKey") : t("buttonTitle")}
      >
        <span aria-hidden="true">+</span> {t("button")}
        {shortcutsEnabled ? <kbd className="keyboard-hint ml-1 hidden rounded border border-white/40 px-1 text-[10px] font-normal sm:inline">N</kbd> : null}
      </Button>
      {/* Mounted afresh for each open (key): a clean form with the kind asked for. */}
      {request ? <QuickCaptureDialog key={request.id} {...props} initialKind={request.kind} /> : null}
    </>
  );
}
