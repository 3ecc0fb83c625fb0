import { timeOutDueCallbacks } from "@/lib/server/callbacks/time-out-due-callbacks";
import { sweepAuthRecords } from "@/lib/server/sessions/sweep-auth-records";

export const DEFAULT_SWEEP_SECONDS = 60;

type SchedulerState = { timer: NodeJS.Timeout; running: boolean };
const globalForScheduler = globalThis as typeof globalThis & { __lifeloopScheduler?: SchedulerState };

async function sweep(state: SchedulerState): Promise<void> {
  // A sweep that runs longer than the interval is not started twice in one process; other
  // processes are kept apart by the database (see timeOutDueCallbacks).
  if (state.running) return;
  state.running = true;
  try {
    const count = await timeOutDueCallbacks(new Date());
    if (count > 0) console.log(`[lifeloop] timed out ${count} callback(s)`);
    await sweepAuthRecords(new Date()); // signed-out/expired sessions and old sign-in attempts, bounded
  } catch (error) {
    console.error("[lifeloop] timeout sweep failed; retrying next minute", error);
  } finally {
    state.running = false;
  }
}

/**
 * Starts the background sweep of this server process: once right away (catching up on anything
 * that came due while no server ran) and then every `intervalSeconds` (a minute by default).
 * Idempotent per process.
 */
export function startScheduler(intervalSeconds = DEFAULT_SWEEP_SECONDS): void {
  if (globalForScheduler.__lifeloopScheduler) return;
  const state: SchedulerState = { timer: setInterval(() => void sweep(state), intervalSeconds * 1000), running: false };
  // Don't keep a process alive just for the sweep (scripts, tests).
  state.timer.unref();
  globalForScheduler.__lifeloopScheduler = state;
  void sweep(state);
}
