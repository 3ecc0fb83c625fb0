/** The running scheduler of this process, on globalThis so dev reloads and every bundle share it. */
export type SchedulerState = { timer: NodeJS.Timeout; running: Promise<void> | null; runs: number; stopped: boolean };

const globalForScheduler = globalThis as typeof globalThis & { __lifeloopScheduler?: SchedulerState };

export function getSchedulerState(): SchedulerState | undefined {
  return globalForScheduler.__lifeloopScheduler;
}

export function setSchedulerState(state: SchedulerState | undefined): void {
  globalForScheduler.__lifeloopScheduler = state;
}
