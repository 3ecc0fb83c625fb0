import type { Db } from "@/lib/db";
import { areaRow, callbackEventRow, callbackRow, checkInRow, commitmentRow, effortRow, focusOverrideRow, kindAreaRow, kindDefaultRow, kindRow, reviewRow, stageLadderRow, tickRow } from "./export-rows";

/**
 * The export, section by section: each top-level array of the file reads its rows in keyset
 * batches (`id > cursor`, ascending), so an export of any size streams in constant memory and
 * never skips or repeats a row. Ordering by id also keeps an import's order: it gives new ids
 * in file order, so the new account exports its rows in the same order.
 *
 * A new entity (webhooks, custom kinds…) is one more entry here, one more array in
 * lib/validation/data-export.ts and one more step in lib/server/data-import.
 */

export type JsonRow = Record<string, unknown>;
export type Batch = { rows: JsonRow[]; next: string | null };

export type ExportSection = {
  /** The top-level key of the JSON file. */
  key: string;
  readBatch(db: Db, userId: string, cursor: string | null, size: number): Promise<Batch>;
};

/** Ascending id after `cursor`, at most `size` rows: the keyset query every section shares. */
export function keyset(userId: string, cursor: string | null, size: number) {
  return { where: { userId, ...(cursor ? { id: { gt: cursor } } : {}) }, orderBy: { id: "asc" as const }, take: size };
}

export function batchOf<T extends { id: string }>(items: T[], size: number, toRow: (item: T) => JsonRow): Batch {
  return { rows: items.map(toRow), next: items.length === size ? items[items.length - 1]!.id : null };
}

/** Sections whose rows are few by nature: read once, in display order. */
function wholeSection(key: string, read: (db: Db, userId: string) => Promise<JsonRow[]>): ExportSection {
  return { key, readBatch: async (db, userId) => ({ rows: await read(db, userId), next: null }) };
}

export const EXPORT_SECTIONS: readonly ExportSection[] = [
  wholeSection("areas", async (db, userId) => (await db.area.findMany({ where: { userId }, orderBy: [{ position: "asc" }, { id: "asc" }] })).map(areaRow)),
  wholeSection("kindDefaults", async (db, userId) => (await db.kindDefault.findMany({ where: { userId }, orderBy: { kind: "asc" } })).map(kindDefaultRow)),
  wholeSection("kinds", async (db, userId) => (await db.kind.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map(kindRow)),
  wholeSection("kindAreas", async (db, userId) => (await db.kindArea.findMany({ where: { userId }, orderBy: { kindKey: "asc" } })).map(kindAreaRow)),
  wholeSection("stageLadders", async (db, userId) => (await db.stageLadder.findMany({ where: { userId }, orderBy: { kindKey: "asc" } })).map(stageLadderRow)),
  {
    key: "callbacks",
    async readBatch(db, userId, cursor, size) {
      const callbacks = await db.callback.findMany(keyset(userId, cursor, size));
      const events = callbacks.length
        ? await db.callbackEvent.findMany({ where: { userId, callbackId: { in: callbacks.map((callback) => callback.id) } }, orderBy: [{ callbackId: "asc" }, { at: "asc" }, { id: "asc" }] })
        : [];
      const byCallback = new Map<string, JsonRow[]>();
      for (const event of events) {
        const list = byCallback.get(event.callbackId) ?? [];
        list.push(callbackEventRow(event));
        byCallback.set(event.callbackId, list);
      }
      return batchOf(callbacks, size, (callback) => ({ ...callbackRow(callback), events: byCallback.get(callback.id) ?? [] }));
    },
  },
  {
    key: "effort",
    async readBatch(db, userId, cursor, size) {
      return batchOf(await db.effortEntry.findMany(keyset(userId, cursor, size)), size, effortRow);
    },
  },
  {
    key: "commitments",
    async readBatch(db, userId, cursor, size) {
      const commitments = await db.commitment.findMany(keyset(userId, cursor, size));
      const ids = commitments.map((commitment) => commitment.id);
      const [checkIns, overrides] = ids.length
        ? await Promise.all([
            db.commitmentCheckIn.findMany({ where: { userId, commitmentId: { in: ids } }, orderBy: [{ commitmentId: "asc" }, { period: "asc" }] }),
            db.focusOverride.findMany({ where: { userId, commitmentId: { in: ids } }, orderBy: [{ commitmentId: "asc" }, { at: "asc" }, { id: "asc" }] }),
          ])
        : [[], []];
      return batchOf(commitments, size, (commitment) => ({
        ...commitmentRow(commitment),
        checkIns: checkIns.filter((checkIn) => checkIn.commitmentId === commitment.id).map(checkInRow),
        focusOverrides: overrides.filter((override) => override.commitmentId === commitment.id).map(focusOverrideRow),
      }));
    },
  },
  {
    key: "reviews",
    async readBatch(db, userId, cursor, size) {
      return batchOf(await db.weeklyReview.findMany(keyset(userId, cursor, size)), size, reviewRow);
    },
  },
  {
    key: "ticks",
    async readBatch(db, userId, cursor, size) {
      return batchOf(await db.tick.findMany(keyset(userId, cursor, size)), size, tickRow);
    },
  },
];
