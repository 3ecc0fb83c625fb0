import { areaRow, callbackEventRow, callbackRow, checkInRow, commitmentRow, effortRow, kindDefaultRow, reviewRow, tickRow } from "./export-rows";
import { type Batch, EXPORT_SECTIONS, type ExportSection, batchOf, keyset } from "./export-sections";
import type { CsvEntity } from "@/lib/validation/data-export";

/**
 * The CSV export: one file per entity, the export's rows flattened (nested lists get their own
 * entity with the parent's id as a column). Column order is fixed per entity so spreadsheets and
 * scripts can rely on it.
 */
export { CSV_ENTITIES, type CsvEntity } from "@/lib/validation/data-export";

type CsvSource = { columns: readonly string[]; section: ExportSection };

function columnsOf(row: Record<string, unknown>): string[] {
  return Object.keys(row);
}

const sampleDate = new Date(0);
const section = (key: string) => EXPORT_SECTIONS.find((entry) => entry.key === key)!;

/** The columns of each entity, from the row mappers themselves (so they can't drift). */
const COLUMNS: Record<CsvEntity, readonly string[]> = {
  callbacks: columnsOf(callbackRow(blank())),
  events: ["callbackId", ...columnsOf(callbackEventRow(blank()))],
  effort: columnsOf(effortRow(blank())),
  commitments: columnsOf(commitmentRow(blank())),
  checkIns: ["commitmentId", ...columnsOf(checkInRow(blank()))],
  reviews: columnsOf(reviewRow(blank())),
  areas: columnsOf(areaRow(blank())),
  kindDefaults: columnsOf(kindDefaultRow(blank())),
  ticks: columnsOf(tickRow(blank())),
};

/** A stand-in row with every date set, only to list a mapper's keys. */
function blank<T>(): T {
  return new Proxy({}, { get: (_target, key) => (key === "data" || key === "snapshot" ? null : sampleDate) }) as T;
}

const SOURCES: Record<CsvEntity, CsvSource> = {
  callbacks: {
    columns: COLUMNS.callbacks,
    section: { key: "callbacks", readBatch: async (db, userId, cursor, size) => batchOf(await db.callback.findMany(keyset(userId, cursor, size)), size, callbackRow) },
  },
  events: {
    columns: COLUMNS.events,
    section: {
      key: "events",
      readBatch: async (db, userId, cursor, size) =>
        batchOf(await db.callbackEvent.findMany(keyset(userId, cursor, size)), size, (event) => ({ callbackId: event.callbackId, ...callbackEventRow(event) })),
    },
  },
  effort: { columns: COLUMNS.effort, section: section("effort") },
  commitments: {
    columns: COLUMNS.commitments,
    section: { key: "commitments", readBatch: async (db, userId, cursor, size) => batchOf(await db.commitment.findMany(keyset(userId, cursor, size)), size, commitmentRow) },
  },
  checkIns: {
    columns: COLUMNS.checkIns,
    section: {
      key: "checkIns",
      readBatch: async (db, userId, cursor, size) =>
        batchOf(await db.commitmentCheckIn.findMany(keyset(userId, cursor, size)), size, (checkIn) => ({ commitmentId: checkIn.commitmentId, ...checkInRow(checkIn) })),
    },
  },
  reviews: { columns: COLUMNS.reviews, section: section("reviews") },
  areas: { columns: COLUMNS.areas, section: section("areas") },
  kindDefaults: { columns: COLUMNS.kindDefaults, section: section("kindDefaults") },
  ticks: { columns: COLUMNS.ticks, section: section("ticks") },
};

export function csvSource(entity: CsvEntity): CsvSource {
  return SOURCES[entity];
}

/** A cell: lists and objects as JSON, null as empty. */
export function csvCell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return value as string | number | boolean;
}

export type { Batch };
