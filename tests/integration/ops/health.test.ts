import { describe, expect, test } from "vitest";
import { GET, HEAD } from "@/app/api/health/route";
import { getDb } from "@/lib/db";
import { databaseUnreachableSince, noteDatabaseUnreachable } from "@/lib/db-health";

describe("[ops] GET /api/health", () => {
  test("200 with the database answering; never cached", async () => {
    const response = await GET(new Request("http://localhost/api/health", { headers: { "x-request-id": "health-check-0001" } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(response.headers.get("x-request-id")).toBe("health-check-0001");
    const head = await HEAD(new Request("http://localhost/api/health", { method: "HEAD" }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  test("a database that answers again clears what an outage recorded", async () => {
    noteDatabaseUnreachable();
    expect(databaseUnreachableSince()).not.toBeNull();
    // Any successful query through the app's client (the adapter is watched) says so.
    await getDb().user.count();
    expect(databaseUnreachableSince()).toBeNull();
    noteDatabaseUnreachable();
    await GET(new Request("http://localhost/api/health"));
    expect(databaseUnreachableSince()).toBeNull();
  });
});
