import { getSchedulerState, setSchedulerState } from "./scheduler-state";

/** Stops the sweep and waits for a run in progress to finish (before the database closes). */
export async function stopScheduler(): Promise<void> {
  const state = getSchedulerState();
  if (!state) return;
  state.stopped = true;
  clearInterval(state.timer);
  setSchedulerState(undefined);
  await state.running;
}
