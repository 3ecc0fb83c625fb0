import Papa from "papaparse";
import type { Db } from "@/lib/db";
import { EXPORT_FORMAT, EXPORT_VERSION } from "@/lib/validation/data-export";
import { type CsvEntity, csvCell, csvSource } from "./csv-entities";
import { EXPORT_SECTIONS, type ExportSection } from "./export-sections";

/** Rows per database round trip: large enough to be fast, small enough to keep memory flat. */
export const EXPORT_BATCH_SIZE = 1000;
/** Bytes gathered before a chunk is handed to the stream. */
const CHUNK_BYTES = 64 * 1024;

type Profile = { name: string; timeZone: string; capacity: number };

async function* sectionRows(section: ExportSection, db: Db, userId: string) {
  let cursor: string | null = null;
  do {
    const batch = await section.readBatch(db, userId, cursor, EXPORT_BATCH_SIZE);
    yield batch.rows;
    cursor = batch.next;
  } while (cursor !== null);
}

/**
 * The whole export as JSON text, piece by piece: the header fields, the profile, then every
 * section's rows one line each. Reads in keyset batches, so memory stays flat whatever the size.
 */
export async function* exportJsonPieces(db: Db, userId: string, profile: Profile, now: Date): AsyncGenerator<string> {
  const header = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), profile };
  yield JSON.stringify(header, null, 2).slice(0, -2);
  for (const section of EXPORT_SECTIONS) {
    yield `,\n  ${JSON.stringify(section.key)}: [`;
    let first = true;
    for await (const rows of sectionRows(section, db, userId)) {
      let text = "";
      for (const row of rows) {
        text += `${first ? "\n    " : ",\n    "}${JSON.stringify(row)}`;
        first = false;
      }
      if (text) yield text;
    }
    yield first ? "]" : "\n  ]";
  }
  yield "\n}\n";
}

/**
 * One entity as CSV (RFC 4180 via papaparse: every field with a comma, quote or line break is
 * quoted, quotes doubled; CRLF line ends). `spreadsheet` adds the UTF-8 byte-order mark Excel
 * needs to read UTF-8, and neutralises cells a spreadsheet would run as formulas.
 */
export async function* exportCsvPieces(db: Db, userId: string, entity: CsvEntity, options: { spreadsheet: boolean }): AsyncGenerator<string> {
  const { columns, section } = csvSource(entity);
  const config = { newline: "\r\n", escapeFormulae: options.spreadsheet, header: false } as const;
  yield (options.spreadsheet ? "\uFEFF" : "") + Papa.unparse([columns as string[]], config) + "\r\n";
  for await (const rows of sectionRows(section, db, userId)) {
    if (rows.length === 0) continue;
    yield Papa.unparse(rows.map((row) => columns.map((column) => csvCell(row[column]))), config) + "\r\n";
  }
}

/** Pieces of text as a byte stream, pulled as the client reads (backpressure), in chunks of ~64 KB. */
export function toByteStream(pieces: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let buffered = "";
      for (;;) {
        const { done, value } = await pieces.next();
        if (done) {
          if (buffered) controller.enqueue(encoder.encode(buffered));
          controller.close();
          return;
        }
        buffered += value;
        if (buffered.length >= CHUNK_BYTES) {
          controller.enqueue(encoder.encode(buffered));
          return;
        }
      }
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}
