// Export → import into a new account → export: equal apart from ids and the export time, on
// generated histories; importing the same file again adds nothing.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { exportFileSchema } from "@/lib/validation/data-export";
import { createDataUser, send, withoutIds } from "./helpers";
import { historyArb, writeHistory } from "./history";

async function exportOf(token: string) {
  const response = await send("GET", "/api/v1/export", { token });
  expect(response.status, response.text.slice(0, 500)).toBe(200);
  return response.json();
}

describe("export and import round-trip", () => {
  test("a rich generated history survives export → import into a new account → export, and a second import adds nothing", async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (history) => {
        const source = await createDataUser();
        await writeHistory(source.user.id, history);
        const original = await exportOf(source.token);
        expect(exportFileSchema.safeParse(original).success).toBe(true);

        const target = await createDataUser();
        const imported = await send("POST", "/api/v1/import", { token: target.token, body: JSON.stringify(original) });
        expect(imported.status, imported.text.slice(0, 1000)).toBe(200);
        expect(imported.json().created.callbacks).toBe(history.callbacks.length);
        const copy = await exportOf(target.token);
        expect(withoutIds(copy)).toEqual(withoutIds(original));
        const originalIds = new Set(original.callbacks.map((callback: { id: string }) => callback.id));
        expect(copy.callbacks.filter((callback: { id: string }) => originalIds.has(callback.id))).toEqual([]);

        const again = await send("POST", "/api/v1/import", { token: target.token, body: JSON.stringify(original) });
        expect(again.status).toBe(200);
        expect(again.json().created).toMatchObject({ callbacks: 0, events: 0, effort: 0, commitments: 0, reviews: 0, ticks: 0, areas: 0 });
        expect(again.json().skipped.callbacks).toBe(history.callbacks.length);
        // Its own export imported back into the source account adds nothing either.
        const self = await send("POST", "/api/v1/import", { token: source.token, body: JSON.stringify(original) });
        expect(self.json().created).toMatchObject({ callbacks: 0, effort: 0, commitments: 0, reviews: 0, ticks: 0, areas: 0 });
        expect(withoutIds(await exportOf(target.token))).toEqual(withoutIds(original));
      }),
      { numRuns: 6 },
    );
    // Six generated accounts, each exported three times and imported three times: slow on a busy machine.
  }, 600_000);
});
