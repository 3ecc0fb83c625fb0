import { getDb } from "@/lib/db";
import type { UserProfile } from "@/lib/server/users/get-user";
import type { CsvEntity } from "./csv-entities";
import { exportCsvPieces, exportJsonPieces, toByteStream } from "./stream-export";

/**
 * The export as a streamed download: `lifeloop-export-<day>.json`, or `lifeloop-<entity>-<day>.csv`.
 * Rows are read in keyset batches as the client reads, so nothing is held whole in memory.
 */
export function exportResponse(user: UserProfile, options: { format: "json" | "csv"; entity: CsvEntity; bom: boolean; now: Date }): Response {
  const db = getDb();
  const day = options.now.toISOString().slice(0, 10);
  const profile = { name: user.name, timeZone: user.timeZone, capacity: user.capacity };
  const isCsv = options.format === "csv";
  const pieces = isCsv ? exportCsvPieces(db, user.id, options.entity, { spreadsheet: options.bom }) : exportJsonPieces(db, user.id, profile, options.now);
  const filename = isCsv ? `lifeloop-${options.entity}-${day}.csv` : `lifeloop-export-${day}.json`;
  return new Response(toByteStream(pieces), {
    status: 200,
    headers: {
      "Content-Type": isCsv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
