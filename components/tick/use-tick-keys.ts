"use client";

import { type RefObject, useEffect } from "react";
import type { TickKeyAction } from "@/lib/domain/tick";

/** The letter keys of the tick's actions (? lists them). */
const LETTERS: Record<string, TickKeyAction> = {
  f: "fulfil",
  r: "reject",
  u: "follow-up",
  e: "extend",
  b: "evidence",
  x: "cancel",
  a: "acknowledge",
  s: "later",
  c: "check-in",
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

type Handlers = {
  rootRef: RefObject<HTMLElement | null>;
  listRef: RefObject<HTMLElement | null>;
  shortcutsEnabled: boolean;
  /** How many items are visible (Home/End move that far). */
  count: number;
  hasActive: boolean;
  move: (step: number) => void;
  act: (action: TickKeyAction) => void;
  help: () => void;
};

/**
 * The tick's keys, on the whole page: the queue is the page's purpose. j/k (arrows, Home/End in
 * the list) move, a letter acts on the active item, Enter on an item opens it, ? shows the keys,
 * Ctrl/⌘+Enter saves an open dialog's form. Keys are ignored while typing, with a dialog open, or
 * with a modifier. With single-key shortcuts off (Settings → Keyboard) only arrows, Home/End and
 * Enter inside the list remain. Re-subscribed on every render, so the handlers are always current.
 */
export function useTickKeys({ rootRef, listRef, shortcutsEnabled, count, hasActive, move, act, help }: Handlers): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // Ctrl/⌘+Enter saves the open dialog's form from any field (Enter in a note adds a line).
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
        const dialogForm = rootRef.current?.querySelector<HTMLFormElement>("dialog[open] form");
        if (dialogForm) {
          event.preventDefault();
          dialogForm.requestSubmit();
        }
        return;
      }
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const inList = target !== null && listRef.current?.contains(target) === true;
      if (!shortcutsEnabled && (event.key.length === 1 || !inList)) return;
      if (event.key === "?") {
        event.preventDefault();
        help();
        return;
      }
      if (event.shiftKey) return;
      if (event.key === "j" || (inList && event.key === "ArrowDown")) {
        event.preventDefault();
        move(1);
      } else if (event.key === "k" || (inList && event.key === "ArrowUp")) {
        event.preventDefault();
        move(-1);
      } else if (inList && event.key === "Home") {
        event.preventDefault();
        move(-count);
      } else if (inList && event.key === "End") {
        event.preventDefault();
        move(count);
      } else if (event.key === "Enter" && target?.dataset.tickKey && hasActive) {
        event.preventDefault();
        act("open");
      } else if (LETTERS[event.key] && hasActive) {
        event.preventDefault();
        act(LETTERS[event.key]!);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  });
}
