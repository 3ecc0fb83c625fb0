import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The Idempotency-Key claim of the API request being handled, if any. The v1 wrapper runs the
 * handler inside it; write paths that support it call `recordIdempotentWrite(tx, id)` inside their
 * own transaction, so the key and the write commit together (see IdempotencyKey in the schema).
 * Pages and server actions run outside any scope, where recording does nothing.
 */
export type IdempotencyScope = { keyId: string; claimToken: string; recorded: boolean };

export const idempotencyScope = new AsyncLocalStorage<IdempotencyScope>();
