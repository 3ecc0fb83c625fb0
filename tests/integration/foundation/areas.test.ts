import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { listAreas } from "@/lib/server/areas/list-areas";
import { saveAreas } from "@/lib/server/areas/save-areas";
import { createUser } from "@/lib/server/users/create-user";
import { areasSchema } from "@/lib/validation/settings";
import { createTestEmail } from "../factories";

const NOW = new Date("2026-05-01T12:00:00Z");

async function newUser() {
  return createUser({ email: createTestEmail(), password: "correct horse battery", timeZone: "UTC", name: "" });
}

async function rowsOf(userId: string) {
  const areas = await listAreas(userId, { includeArchived: true });
  return areas.map(({ id, name, color, targetPct, isArchived }) => ({ id, name, color, targetPct, isArchived }));
}

describe("[areas] saving the editor", () => {
  test("renames (including a swap), recolours, reorders, archives and adds in one save", async () => {
    const user = await newUser();
    const [health, knowledge, networking, creative, exploration] = await rowsOf(user.id);
    const input = areasSchema.parse([
      { ...knowledge!, name: "Health" },
      { ...health!, name: "Specific Knowledge", color: "#123456" },
      { ...networking!, targetPct: 15 },
      { ...creative!, isArchived: true },
      { ...exploration!, targetPct: 10 },
      { name: "Craft", color: "#abcdef", targetPct: 20, isArchived: false },
    ]);
    const saved = await saveAreas(user.id, input, NOW);
    expect(saved.map((a) => [a.name, a.targetPct, a.isArchived])).toEqual([
      ["Health", 30, false],
      ["Specific Knowledge", 25, false],
      ["Networking", 15, false],
      ["Creative Output", 0, true],
      ["Exploration", 10, false],
      ["Craft", 20, false],
    ]);
    expect(saved[1]!.color).toBe("#123456");
    const archived = await getDb().area.findUniqueOrThrow({ where: { id: creative!.id } });
    expect(archived.archivedAt).toEqual(NOW);
    expect(await listAreas(user.id)).toHaveLength(5);
  });

  test.each([
    [[25, 30, 20, 15, 5], "add up to 95 %"],
    [[25, 30, 20, 15, 15], "add up to 105 %"],
  ])("targets %j are refused with a clear message and nothing is saved", async (targets, message) => {
    const user = await newUser();
    const before = await rowsOf(user.id);
    const input = areasSchema.parse(before.map((row, i) => ({ ...row, targetPct: targets[i] })));
    await expect(saveAreas(user.id, input, NOW)).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining(message) });
    expect(await rowsOf(user.id)).toEqual(before);
  });

  test("a duplicate name (ignoring case) is refused on that row", async () => {
    const user = await newUser();
    const before = await rowsOf(user.id);
    const input = areasSchema.parse(before.map((row, i) => (i === 1 ? { ...row, name: "health" } : row)));
    await expect(saveAreas(user.id, input, NOW)).rejects.toMatchObject({ fieldErrors: { "areas.1.name": [expect.stringContaining("Two areas")] } });
    expect(await rowsOf(user.id)).toEqual(before);
  });

  test("user B cannot change user A's areas by sending A's ids", async () => {
    const a = await newUser();
    const b = await newUser();
    const aRows = await rowsOf(a.id);
    const bRows = await rowsOf(b.id);
    const stolen = areasSchema.parse([...bRows.slice(0, 4), { ...aRows[4]!, name: "Mine now", targetPct: 10 }]);
    await expect(saveAreas(b.id, stolen, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const replaced = areasSchema.parse(aRows.map((row) => ({ ...row, name: `${row.name}!` })));
    await expect(saveAreas(b.id, replaced, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rowsOf(a.id)).toEqual(aRows);
    expect(await rowsOf(b.id)).toEqual(bRows);
  });

  test("leaving out an existing area is a conflict (areas are archived, never dropped)", async () => {
    const user = await newUser();
    const rows = await rowsOf(user.id);
    const input = areasSchema.parse(rows.slice(0, 4).map((row, i) => ({ ...row, targetPct: i === 0 ? 35 : row.targetPct })));
    await expect(saveAreas(user.id, input, NOW)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await rowsOf(user.id)).toEqual(rows);
  });
});
