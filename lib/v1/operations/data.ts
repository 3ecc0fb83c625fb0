import { z } from "zod";
import { exportFileSchema } from "@/lib/validation/data-export";
import { exportQuerySchema, importQuerySchema, importResultSchema } from "@/lib/validation/v1/data";
import { defineOperation } from "@/lib/v1/operation";

/** Export and import: the whole account as one versioned JSON file, CSV per entity, and imports of both. */

export const exportDataOperation = defineOperation({
  method: "GET",
  path: "/api/v1/export",
  operationId: "exportData",
  tag: "Export and import",
  summary: "Export everything (JSON) or one entity (CSV)",
  description:
    "JSON (default): the whole account as one versioned file (`format: \"lifeloop-export\"`, `version: 1`): profile, areas, kind defaults, callbacks with " +
    "their full event history, effort, commitments with check-ins, reviews with their snapshots, ticks. Its JSON Schema is at /api/v1/export/schema. " +
    "`format=csv&entity=callbacks` (or events, effort, commitments, checkIns, reviews, areas, kindDefaults, ticks): one entity as RFC 4180 CSV; add `bom=1` for spreadsheets. " +
    "Streamed, so any size downloads in constant memory.",
  query: exportQuerySchema,
  response: exportFileSchema,
  produces: ["text/csv"],
  example: { query: { format: "csv", entity: "callbacks" } },
});

export const getExportSchemaOperation = defineOperation({
  method: "GET",
  path: "/api/v1/export/schema",
  operationId: "getExportSchema",
  tag: "Export and import",
  summary: "The export file's JSON Schema",
  description: "JSON Schema (2020-12) of the export file, version 1: what GET /api/v1/export writes and POST /api/v1/import reads. Public.",
  auth: "public",
  response: z.looseObject({ $id: z.string() }),
});

export const importDataOperation = defineOperation({
  method: "POST",
  path: "/api/v1/import",
  operationId: "importData",
  tag: "Export and import",
  summary: "Import an export (JSON) or callbacks from a CSV",
  description:
    "JSON: a Lifeloop export, all or nothing in one transaction, every row with a new id; rows imported before (or this account's own) are skipped, so " +
    "importing the same file twice adds nothing. CSV (`Content-Type: text/csv`): callbacks from a spreadsheet or job tracker, columns guessed from the " +
    "header names or given as `map.<field>=<header>`; statuses map to states (applied/interviewing → PENDING, offer → FULFILLED, rejected → REJECTED at the " +
    "status date, ghosted → TIMED_OUT, withdrawn → CANCELLED). Any bad row: nothing is imported and 422 lists them in `error.details.errors` with line " +
    "numbers. `dryRun=1` checks and reports (bad rows in `errors`) without writing.",
  query: importQuerySchema,
  body: exportFileSchema,
  bodyTypes: ["text/csv"],
  maxBodyBytes: 100 * 1024 * 1024,
  response: importResultSchema,
  status: 200,
  idempotency: "claim",
  errors: ["CONFLICT"],
  example: {
    query: { dryRun: "1" },
    body: {
      format: "lifeloop-export",
      version: 1,
      exportedAt: "2026-03-02T09:00:00.000Z",
      profile: { name: "Ada", timeZone: "Europe/Berlin", capacity: 7 },
      areas: [],
      kindDefaults: [],
      callbacks: [],
      effort: [],
      commitments: [],
      reviews: [],
      ticks: [],
    },
  },
});

export const DATA_OPERATIONS = [exportDataOperation, getExportSchemaOperation, importDataOperation] as const;
