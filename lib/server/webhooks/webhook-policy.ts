/** Milliseconds an attempt may take in all (connect, send, the answer's status and first bytes). */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** The largest event body sent. */
export const MAX_WEBHOOK_BODY_BYTES = 64 * 1024;
/** Bytes of the receiver's answer read (for the log) before the connection is dropped. */
export const MAX_RESPONSE_BYTES = 1024;
