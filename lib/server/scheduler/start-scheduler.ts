import { classifyDbError } from "@/lib/db-errors";
import { log } from "@/lib/log";
import { timeOutDueCallbacks } from "@/lib/server/callbacks/time-out-due-callbacks";
import { onShutdown } from "@/lib/shutdown";
import { getSchedulerState, setSchedulerState, type SchedulerState } from "./scheduler-state";
import { stopScheduler } from "./stop-scheduler";
import { sweepAuthRecords } from "@/lib/server/sessions/sweep-auth-records";
import { deliverDueMail } from "@/lib/server/mail/deliver-due-mail";
import { enqueueDueDigests } from "@/lib/server/mail/enqueue-due-digests";

export const DEFAULT_SWEEP_SECONDS = 60;

async function sweep(state: SchedulerState): Promise<void> {
  const startedAt = performance.now();
  const run = (state.runs += 1);
  try {
    const timedOut = await timeOutDueCallbacks(new Date());
    // Signed-out/expired sessions and old sign-in attempts, bounded per run.
    const removed = await sweepAuthRecords(new Date());
    // After the timeouts, so a digest due now already counts what just timed out.
    const digests = await enqueueDueDigests(new Date());
    const mail = await deliverDueMail(new Date());
    log.info(
      {
        job: "timeout-sweep",
        run,
        timedOut,
        removedSessions: removed.sessions,
        removedSignInAttempts: removed.signInAttempts,
        digests,
        mail,
        ms: Math.round(performance.now() - startedAt),
      },
      "scheduler run",
    );
  } catch (error) {
    const fields = { job: "timeout-sweep", run, ms: Math.round(performance.now() - startedAt) };
    // The database being away is an expected state (logged once per run, no stack); the next run catches up.
    if (classifyDbError(error) === "unavailable") log.warn({ ...fields, reason: "database unavailable" }, "scheduler run failed; retrying next run");
    else log.error({ ...fields, err: error }, "scheduler run failed; retrying next run");
  }
}

function tick(state: SchedulerState): void {
  // A sweep that runs longer than the interval is not started twice in one process; other
  // processes are kept apart by the database (see timeOutDueCallbacks).
  if (state.running || state.stopped) return;
  state.running = sweep(state).finally(() => {
    state.running = null;
  });
}

/**
 * Starts the background sweep of this server process: once right away (catching up on anything
 * that came due while no server ran) and then every `intervalSeconds` (a minute by default).
 * Idempotent per process. Each run writes one log line.
 */
export function startScheduler(intervalSeconds = DEFAULT_SWEEP_SECONDS): void {
  if (getSchedulerState()) return;
  const state: SchedulerState = { timer: setInterval(() => tick(state), intervalSeconds * 1000), running: null, runs: 0, stopped: false };
  // Don't keep a process alive just for the sweep (scripts, tests).
  state.timer.unref();
  setSchedulerState(state);
  onShutdown("background", "scheduler", stopScheduler);
  tick(state);
}
