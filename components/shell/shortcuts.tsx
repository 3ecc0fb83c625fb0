"use client";

import { createContext, useContext } from "react";

const ShortcutsContext = createContext(true);

/** Carries the user's "single-key shortcuts" setting to every keyboard handler below it. */
export function ShortcutsProvider({ enabled, children }: { enabled: boolean; children: React.ReactNode }) {
  return <ShortcutsContext.Provider value={enabled}>{children}</ShortcutsContext.Provider>;
}

/** False when the user turned single-key shortcuts off in Settings → Keyboard. */
export function useShortcutsEnabled(): boolean {
  return useContext(ShortcutsContext);
}
