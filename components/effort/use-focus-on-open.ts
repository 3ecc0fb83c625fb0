"use client";

import { useEffect, useRef } from "react";

/**
 * Focuses the element marked `data-autofocus` inside the returned ref once the dialog around it
 * is open: the native dialog opens in its own effect after this component mounts, and would
 * otherwise put focus on its close button.
 */
export function useFocusOnOpen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return ref;
}
