/**
 * What must happen, in order, when this server process stops: stop background work, then close
 * the database. Modules register their step when they start something that needs stopping; the
 * start script (scripts/start.ts) runs the steps after the HTTP server has finished its in-flight
 * requests. Kept on globalThis because the start script and the bundles Next loads (routes,
 * instrumentation) each hold their own copy of this module in one process.
 */
export type ShutdownPhase = "background" | "database";

const PHASES: readonly ShutdownPhase[] = ["background", "database"];

type Step = { phase: ShutdownPhase; name: string; run: () => Promise<void> | void };

const globalForShutdown = globalThis as typeof globalThis & { __lifeloopShutdownSteps?: Map<string, Step> };

function steps(): Map<string, Step> {
  globalForShutdown.__lifeloopShutdownSteps ??= new Map();
  return globalForShutdown.__lifeloopShutdownSteps;
}

/** Registers (or replaces, by name) a step to run at shutdown. */
export function onShutdown(phase: ShutdownPhase, name: string, run: () => Promise<void> | void): void {
  steps().set(name, { phase, name, run });
}

/** Forgets a step (its resource was closed some other way). */
export function cancelShutdownStep(name: string): void {
  steps().delete(name);
}

/**
 * Runs every registered step, phase by phase (steps of one phase side by side). A failing step is
 * reported through `onError` and does not stop the others. Each step runs at most once.
 */
export async function runShutdownSteps(onError: (name: string, error: unknown) => void): Promise<void> {
  const registered = steps();
  for (const phase of PHASES) {
    const due = [...registered.values()].filter((step) => step.phase === phase);
    for (const step of due) registered.delete(step.name);
    await Promise.all(
      due.map(async (step) => {
        try {
          await step.run();
        } catch (error) {
          onError(step.name, error);
        }
      }),
    );
  }
}
