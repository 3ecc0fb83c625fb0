import type { CsvMapping } from "@/lib/domain/csv-callbacks";
import { CSV_CALLBACK_FIELDS } from "@/lib/domain/csv-callbacks";
import { importCallbacksCsv } from "@/lib/server/data-import/import-callbacks-csv";
import { importExportFile } from "@/lib/server/data-import/import-export-file";
import { importDataOperation } from "@/lib/v1/operations/data";
import { v1Route } from "@/lib/v1/route";

/** POST /api/v1/import — a Lifeloop export (JSON) or callbacks from a CSV; `?dryRun=1` checks only. */
export const POST = v1Route(importDataOperation, async ({ user, query, body, bodyText, bodyType }) => {
  const now = new Date();
  if (bodyType === "text/csv") {
    const mapping: CsvMapping = {};
    for (const field of CSV_CALLBACK_FIELDS) {
      const column = query[`map.${field}`];
      if (column) mapping[field] = column;
    }
    return importCallbacksCsv(user, bodyText, { mapping, defaultKind: query.defaultKind, dryRun: query.dryRun, now });
  }
  const result = await importExportFile(user.id, body, { dryRun: query.dryRun, now });
  return { ...result, format: "json" as const, errors: [] };
});
