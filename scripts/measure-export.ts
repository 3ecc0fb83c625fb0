// Times the streamed export on a user with 10,000 callbacks and 100,000 events (the bench's seed,
// scripts/bench/seed.ts), and the import of that file into a fresh account. Not part of
// `npm run bench`; run it against a migrated Postgres database:
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/<db> npx tsx scripts/measure-export.ts
import { closeDb, getDb } from "@/lib/db";
import { exportCsvPieces, exportJsonPieces, toByteStream } from "@/lib/server/data-export/stream-export";
import { importExportFile } from "@/lib/server/data-import/import-export-file";
import { exportFileSchema } from "@/lib/validation/data-export";
import { seedBenchUser } from "./bench/seed";

async function drain(stream: ReadableStream<Uint8Array>): Promise<{ bytes: number; text: string | null }> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    chunks.push(value);
  }
  return { bytes, text: Buffer.concat(chunks).toString("utf8") };
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
  return result;
}

async function main() {
  const db = getDb();
  const now = new Date();
  const { userId } = await timed("seed 10,000 callbacks + 100,000 events", () => seedBenchUser(db, now));
  const profile = { name: "Bench", timeZone: "UTC", capacity: 7 };
  const json = await timed("export JSON (streamed, fully read)", () => drain(toByteStream(exportJsonPieces(db, userId, profile, now))));
  console.log(`  ${(json.bytes / 1024 / 1024).toFixed(1)} MB`);
  const csv = await timed("export CSV callbacks", () => drain(toByteStream(exportCsvPieces(db, userId, "callbacks", { spreadsheet: false }))));
  console.log(`  ${(csv.bytes / 1024 / 1024).toFixed(1)} MB`);
  const events = await timed("export CSV events", () => drain(toByteStream(exportCsvPieces(db, userId, "events", { spreadsheet: false }))));
  console.log(`  ${(events.bytes / 1024 / 1024).toFixed(1)} MB`);
  const file = await timed("parse + validate the file", async () => exportFileSchema.parse(JSON.parse(json.text!)));
  const target = await db.user.create({ data: { email: `measure-${Date.now()}@example.test`, passwordHash: "x" } });
  if (process.env.SKIP_IMPORT) return;
  const result = await timed("import into a fresh account (one transaction)", () => importExportFile(target.id, file, { dryRun: false, now: new Date() }));
  console.log(`  created ${JSON.stringify(result.created)}`);
  await db.user.deleteMany({ where: { id: { in: [userId, target.id] } } });
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
