/**
 * What this process last learned about its database: reachable, or unreachable since when. Every
 * database call reports here (lib/db.ts watches the driver adapter), so the proxy can answer a
 * page request with the "can't reach the database" page (503) without rendering it first, and
 * recheck cheaply before each such answer. No imports: the proxy bundle loads this file too, and
 * the state lives on globalThis so every bundle in the process sees the same one.
 */
export type DatabaseProbe = () => Promise<DatabaseCheck>;
export type DatabaseCheck = { ok: true; ms: number } | { ok: false; ms: number; reason: "unreachable" | "timeout" };

type HealthState = {
  /** Epoch ms of the first failure of the current outage; null while the database answers. */
  unreachableSince: number | null;
  probe?: DatabaseProbe;
  /** A probe already running: concurrent callers share it. */
  pending?: Promise<DatabaseCheck>;
  lastCheck?: { at: number; result: DatabaseCheck };
};

const globalForHealth = globalThis as typeof globalThis & { __lifeloopDbHealth?: HealthState };

function state(): HealthState {
  globalForHealth.__lifeloopDbHealth ??= { unreachableSince: null };
  return globalForHealth.__lifeloopDbHealth;
}

/** A database call succeeded. */
export function noteDatabaseReachable(): void {
  const s = state();
  if (s.unreachableSince !== null) s.unreachableSince = null;
}

/** A database call failed because the database could not be reached. */
export function noteDatabaseUnreachable(now = Date.now()): void {
  const s = state();
  s.unreachableSince ??= now;
}

/** Epoch ms since when the database is known to be unreachable, or null. */
export function databaseUnreachableSince(): number | null {
  return state().unreachableSince;
}

/** Set by lib/db.ts once the database client exists: how to ask the database whether it is there. */
export function registerDatabaseProbe(probe: DatabaseProbe): void {
  state().probe = probe;
}

/**
 * Asks the database (one cheap query) whether it answers, sharing a probe already in flight and
 * reusing a result younger than `maxAgeMs`. Without a registered probe (nothing has opened the
 * database yet) there is nothing to doubt: reachable.
 */
export async function checkDatabase(maxAgeMs = 0, now = Date.now()): Promise<DatabaseCheck> {
  const s = state();
  if (!s.probe) return { ok: true, ms: 0 };
  // maxAgeMs 0 means "ask now", even when the last answer came within the same millisecond.
  if (s.lastCheck && maxAgeMs > 0 && now - s.lastCheck.at < maxAgeMs) return s.lastCheck.result;
  s.pending ??= s
    .probe()
    .catch((): DatabaseCheck => ({ ok: false, ms: 0, reason: "unreachable" }))
    .then((result) => {
      s.lastCheck = { at: Date.now(), result };
      s.pending = undefined;
      if (result.ok) noteDatabaseReachable();
      else noteDatabaseUnreachable();
      return result;
    });
  return s.pending;
}
