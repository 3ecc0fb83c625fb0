import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { openPglite } from "@/lib/embedded-db";

// A first start copies the build's template folder into the empty data folder (lib/embedded-db.ts)
// instead of running initdb: the copy must be a working database holding what the template held,
// and a folder that already holds something is never overwritten by it.
describe("[ops] a new embedded database from the template folder", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "lifeloop-template-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test("an empty or missing folder starts as a copy of the template; a non-empty one is left as it is", { timeout: 120_000 }, async () => {
    const template = path.join(root, "template");
    const made = await openPglite(template);
    await made.exec("CREATE TABLE marker (note text); INSERT INTO marker VALUES ('from the template');");
    await made.close();

    const fresh = path.join(root, "data", "pglite");
    const copy = await openPglite(fresh, { template });
    try {
      const { rows } = await copy.query<{ note: string }>("SELECT note FROM marker");
      expect(rows).toEqual([{ note: "from the template" }]);
      await copy.exec("INSERT INTO marker VALUES ('only in the copy')");
    } finally {
      await copy.close();
    }
    // Nothing left of the staging folder; the template itself unchanged.
    expect(readdirSync(path.dirname(fresh))).toEqual(["pglite"]);
    const again = await openPglite(template);
    try {
      expect((await again.query("SELECT note FROM marker")).rows).toHaveLength(1);
    } finally {
      await again.close();
    }

    // A folder with something in it but no database is not the template's to fill.
    const occupied = path.join(root, "occupied");
    const stray = path.join(occupied, "notes.txt");
    rmSync(occupied, { recursive: true, force: true });
    mkdirSync(occupied, { recursive: true });
    writeFileSync(stray, "mine");
    const own = await openPglite(occupied, { template });
    try {
      expect((await own.query("SELECT to_regclass('marker') AS marker")).rows).toEqual([{ marker: null }]);
    } finally {
      await own.close();
    }
    expect(existsSync(stray)).toBe(true);
  });
});
