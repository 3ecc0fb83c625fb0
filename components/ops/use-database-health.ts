"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type DatabaseHealth = "checking" | "ok" | "unavailable";

/** Seconds before the next automatic check: 5, 10, 15 … up to 30. */
export function nextRetryDelay(previousSeconds: number | null): number {
  return previousSeconds === null ? 5 : Math.min(30, previousSeconds + 5);
}

async function fetchHealth(): Promise<DatabaseHealth> {
  try {
    const response = await fetch("/api/health", { cache: "no-store" });
    return response.ok ? "ok" : "unavailable";
  } catch {
    // The server itself is away (restarting): as unavailable, keep retrying.
    return "unavailable";
  }
}

type View = { health: DatabaseHealth; wasUnavailable: boolean; secondsLeft: number | null };

/**
 * Asks /api/health whether the database answers. While it does not, counts down and asks again
 * (with a growing pause); `checkNow` asks at once. `onRecovered` runs when it answers again after
 * having been unavailable (`wasUnavailable`).
 */
export function useDatabaseHealth({ onRecovered }: { onRecovered?: () => void } = {}) {
  const [view, setView] = useState<View>({ health: "checking", wasUnavailable: false, secondsLeft: null });
  const [round, setRound] = useState(0);
  const recovered = useRef(onRecovered);
  const delay = useRef<number | null>(null);
  const wasUnavailable = useRef(false);

  useEffect(() => {
    recovered.current = onRecovered;
  });

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const countDown = (left: number) => {
      setView({ health: "unavailable", wasUnavailable: true, secondsLeft: left });
      timer = setTimeout(() => {
        if (left > 1) countDown(left - 1);
        else {
          setView((current) => ({ ...current, health: "checking", secondsLeft: null }));
          void check();
        }
      }, 1000);
    };
    const check = async () => {
      const result = await fetchHealth();
      if (cancelled) return;
      if (result === "ok") {
        setView({ health: "ok", wasUnavailable: wasUnavailable.current, secondsLeft: null });
        if (wasUnavailable.current) recovered.current?.();
        return;
      }
      wasUnavailable.current = true;
      delay.current = nextRetryDelay(delay.current);
      countDown(delay.current);
    };
    void check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [round]);

  const checkNow = useCallback(() => {
    setView((current) => ({ ...current, health: "checking", secondsLeft: null }));
    setRound((value) => value + 1);
  }, []);

  return { ...view, checkNow };
}
