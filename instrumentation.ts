import type { Instrumentation } from "next";

// Runs once when a server instance starts (npm start, next start, next dev), never during `next build`.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertCanServe, readEnv } = await import("@/lib/env");
  // Fail at start-up, with the message, rather than on the first request.
  const env = readEnv();
  assertCanServe(env);
  if (env.LIFELOOP_SCHEDULER !== "off") {
    const { startScheduler } = await import("@/lib/server/scheduler/start-scheduler");
    startScheduler(env.LIFELOOP_SWEEP_SECONDS);
  }
}

/**
 * Every error Next catches on the server (a page or layout that threw, a route handler, a server
 * action, the proxy) becomes one JSON log line with the request id the proxy gave the request.
 * JSON routes log their own failures through lib/api.ts and rarely reach this.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/request-error-log");
  logRequestError(error, request, context);
};
