import { describe, expect, test } from "vitest";
import { openPglite } from "@/lib/embedded-db";

// The embedded database's memory settings (lib/embedded-db.ts) must reach Postgres inside PGlite:
// a start parameter that is misspelt or overridden would silently bring back the larger cache.
describe("[ops] the embedded database's memory settings", () => {
  test("Postgres inside PGlite runs with the small buffer cache", async () => {
    const pglite = await openPglite("memory://");
    try {
      const { rows } = await pglite.query<{ shared_buffers: string }>("SHOW shared_buffers");
      expect(rows[0]?.shared_buffers).toBe("16MB");
      // And it still answers queries that need more than the cache holds.
      const { rows: sum } = await pglite.query<{ total: string }>("SELECT sum(g)::text AS total FROM generate_series(1, 300000) AS g");
      expect(sum[0]?.total).toBe("45000150000");
    } finally {
      await pglite.close();
    }
  });
});
