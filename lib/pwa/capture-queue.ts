/**
 * Captures made without a connection wait in this browser's IndexedDB and are sent when it
 * returns: POST /api/v1/callbacks with the session cookie, each with the Idempotency-Key it was
 * given when queued. A send whose answer was lost (the connection dropped mid-request, the tab
 * closed) is simply sent again with the same key, and the server answers with the first result
 * instead of capturing twice. Tabs take turns through a Web Lock, so two tabs coming back
 * online at once do not send the same item side by side.
 *
 * Browser-only (IndexedDB, fetch, navigator.locks).
 */
import { QUEUE_CHANGED_EVENT } from "./capture-queue-event";

export type QueuedCapture = {
  idempotencyKey: string;
  title: string;
  kind: string;
  /** When the person captured it (ISO): the bet started then, not when it reached the server. */
  startedAt: string;
  queuedAt: string;
};

export type FlushResult = {
  sent: { title: string; id: string }[];
  /** The server refused these for good (validation): dropped from the queue with its message. */
  rejected: { title: string; message: string }[];
  /** Still waiting: no connection, the server unavailable, or the session signed out. */
  remaining: number;
  signedOut: boolean;
};

const DB_NAME = "lifeloop";
const STORE = "capture-queue";
const LOCK = "lifeloop-capture-queue";
// Announced on window whenever the queue changes (its own module: the shell listens for it
// before it loads this one).
export { QUEUE_CHANGED_EVENT };

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: "idempotencyKey" });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = run(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

function announceChange() {
  window.dispatchEvent(new Event(QUEUE_CHANGED_EVENT));
}

export async function listQueuedCaptures(): Promise<QueuedCapture[]> {
  const items = await withStore<QueuedCapture[]>("readonly", (store) => store.getAll() as IDBRequest<QueuedCapture[]>);
  return items.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

export async function queueCapture(input: { title: string; kind: string }, now = new Date()): Promise<QueuedCapture> {
  const item: QueuedCapture = {
    idempotencyKey: crypto.randomUUID(),
    title: input.title.trim(),
    kind: input.kind,
    startedAt: now.toISOString(),
    queuedAt: now.toISOString(),
  };
  await withStore("readwrite", (store) => store.put(item));
  announceChange();
  return item;
}

async function removeQueued(idempotencyKey: string) {
  await withStore("readwrite", (store) => store.delete(idempotencyKey));
  announceChange();
}

/** Under the queue's lock where the browser has Web Locks (every current one), else directly. */
function exclusively<T>(run: () => Promise<T>): Promise<T> {
  if (typeof navigator !== "undefined" && "locks" in navigator) return navigator.locks.request(LOCK, run) as Promise<T>;
  return run();
}

/** Sends what is queued, oldest first; stops at the first item that can't be sent yet. */
export function flushCaptureQueue(): Promise<FlushResult> {
  return exclusively(async () => {
    const result: FlushResult = { sent: [], rejected: [], remaining: 0, signedOut: false };
    const items = await listQueuedCaptures();
    for (const [index, item] of items.entries()) {
      let response: Response;
      try {
        response = await fetch("/api/v1/callbacks", {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", "Idempotency-Key": item.idempotencyKey },
          body: JSON.stringify({ title: item.title, kind: item.kind, startedAt: item.startedAt }),
        });
      } catch {
        result.remaining = items.length - index;
        return result;
      }
      if (response.ok) {
        const body = (await response.json().catch(() => ({}))) as { id?: string };
        await removeQueued(item.idempotencyKey);
        result.sent.push({ title: item.title, id: body.id ?? "" });
        continue;
      }
      if ([400, 413, 415, 422].includes(response.status)) {
        const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
        await removeQueued(item.idempotencyKey);
        result.rejected.push({ title: item.title, message: body.error?.message ?? "The server refused it." });
        continue;
      }
      // Signed out (401), the key still in flight (409), the server or database away (5xx): later.
      result.signedOut = response.status === 401;
      result.remaining = items.length - index;
      return result;
    }
    return result;
  });
}
