// What one bench operation is, and what every group of operations is given. Each feature adds its
// operations in its own file under scripts/bench/ and is listed once in OPERATION_GROUPS
// (bench.ts), so features never edit the same lines.
import type { Db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import type { DirectDb } from "./direct";
import type { Seeded } from "./seed";

/** `app` goes through lib/server; `direct` does the same work in hand-written SQL on the bare driver. */
export type Operation = { name: string; app: () => Promise<unknown>; direct: () => Promise<unknown>; informational?: boolean };

export type BenchContext = {
  db: Db;
  /** The seeded bench user (10,000 callbacks, 100,000 events). */
  actor: User;
  seeded: Seeded;
  bare: DirectDb;
  now: Date;
};

export type OperationGroup = (context: BenchContext) => Operation[] | Promise<Operation[]>;
