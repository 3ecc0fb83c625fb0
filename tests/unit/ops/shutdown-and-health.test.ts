import { describe, expect, test } from "vitest";
import { checkDatabase, databaseUnreachableSince, noteDatabaseReachable, noteDatabaseUnreachable, registerDatabaseProbe } from "@/lib/db-health";
import { onShutdown, runShutdownSteps } from "@/lib/shutdown";

describe("[ops] shutdown steps", () => {
  test("background work stops before the database closes; a failing step does not stop the rest; each runs once", async () => {
    const order: string[] = [];
    onShutdown("database", "db", async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push("db");
    });
    onShutdown("background", "scheduler", async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push("scheduler");
    });
    onShutdown("background", "broken", () => {
      throw new Error("boom");
    });
    const failures: string[] = [];
    await runShutdownSteps((name) => failures.push(name));
    expect(order).toEqual(["scheduler", "db"]);
    expect(failures).toEqual(["broken"]);
    await runShutdownSteps(() => undefined);
    expect(order).toEqual(["scheduler", "db"]);
  });
});

describe("[ops] what the process knows about its database", () => {
  test("unreachable since the first failure of an outage, until a call succeeds", () => {
    noteDatabaseReachable();
    noteDatabaseUnreachable(1000);
    noteDatabaseUnreachable(2000);
    expect(databaseUnreachableSince()).toBe(1000);
    noteDatabaseReachable();
    expect(databaseUnreachableSince()).toBeNull();
  });

  test("concurrent checks share one probe, and its answer updates the state", async () => {
    let calls = 0;
    let answer: "up" | "down" = "down";
    registerDatabaseProbe(async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return answer === "up" ? { ok: true, ms: 10 } : { ok: false, ms: 10, reason: "unreachable" };
    });
    const results = await Promise.all([checkDatabase(0), checkDatabase(0), checkDatabase(0)]);
    expect(calls).toBe(1);
    expect(results.every((result) => !result.ok)).toBe(true);
    expect(databaseUnreachableSince()).not.toBeNull();
    // A recent answer is reused within maxAge; a fresh check sees the database back.
    expect((await checkDatabase(60_000)).ok).toBe(false);
    expect(calls).toBe(1);
    answer = "up";
    expect((await checkDatabase(0)).ok).toBe(true);
    expect(databaseUnreachableSince()).toBeNull();
  });
});
