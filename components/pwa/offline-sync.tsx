"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { useToast } from "@/components/ui/toaster";
import { QUEUE_CHANGED_EVENT } from "@/lib/pwa/capture-queue-event";
import { useOnline } from "./use-online";

// The queue's code (IndexedDB, sending) is fetched after the page has loaded: it is needed only
// to count what waits, which no first paint depends on.
const captureQueue = () => import("@/lib/pwa/capture-queue");

function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** How many captures wait on this device, kept current as the queue changes. */
export function useQueuedCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let alive = true;
    const refresh = () => {
      captureQueue()
        .then((queue) => queue.listQueuedCaptures())
        .then((items) => alive && setCount(items.length))
        .catch(() => {});
    };
    refresh();
    window.addEventListener(QUEUE_CHANGED_EVENT, refresh);
    return () => {
      alive = false;
      window.removeEventListener(QUEUE_CHANGED_EVENT, refresh);
    };
  }, []);
  return count;
}

/**
 * The connection as the signed-in pages see it: a banner while offline (captures are kept on
 * this device), and the queue sent when the connection returns or a page opens with items
 * still waiting. What was sent is announced in a toast and the page refreshed.
 */
export function OfflineSync({ refreshOnSend = true }: { refreshOnSend?: boolean }) {
  const online = useOnline();
  const queued = useQueuedCount();
  const toast = useToast();
  const router = useRouter();
  const [signedOut, setSignedOut] = useState(false);

  const flush = useCallback(async () => {
    const result = await captureQueue()
      .then((queue) => queue.flushCaptureQueue())
      .catch(() => null);
    if (!result) return;
    setSignedOut(result.signedOut);
    if (result.sent.length === 1 && result.sent[0]) {
      const [item] = result.sent;
      toast.show({ tone: "success", message: "Sent the capture you made offline:", link: { href: `/callbacks/${item.id}`, label: item.title } });
    } else if (result.sent.length > 1) {
      toast.show({ tone: "success", message: `Sent ${plural(result.sent.length, "capture")} you made offline.` });
    }
    for (const item of result.rejected) toast.show({ tone: "error", message: `“${item.title}” couldn't be captured: ${item.message}` });
    if (result.sent.length > 0 && refreshOnSend) router.refresh();
  }, [toast, router, refreshOnSend]);

  useEffect(() => {
    if (online && queued > 0) void Promise.resolve().then(flush);
  }, [online, queued, flush]);

  if (online && queued === 0) return null;
  return (
    <div
      role="status"
      className={`border-b px-4 py-2 text-center text-sm ${
        online
          ? "border-slate-200 bg-slate-100 text-slate-800 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-200"
          : "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
      }`}
    >
      {!online ? (
        <>
          <strong className="font-semibold">You&apos;re offline.</strong> What you see may be out of date. Captures are kept on this device
          {queued > 0 ? ` (${plural(queued, "capture")} waiting)` : ""} and sent when you&apos;re back online.
        </>
      ) : signedOut ? (
        <>{plural(queued, "capture")} made offline will be sent once you sign in.</>
      ) : (
        <>Sending {plural(queued, "capture")} made offline…</>
      )}
    </div>
  );
}
