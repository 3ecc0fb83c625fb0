// Runs once when a server instance starts (next start / next dev), never during `next build`.
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
