import type { Tx } from "@/lib/db";

const BATCH = 5000;

/**
 * Bulk insert for imports: each batch is one statement with one parameter, the rows as a JSON
 * array expanded into the table's row type (the fastest path that works the same on PGlite and
 * Postgres; an ORM createMany of 100,000 rows binds millions of parameters). Only the columns the
 * rows name are written, so columns other changes add keep their defaults. Every NOT NULL column
 * without a default must be given.
 */
export async function insertJsonRows(tx: Tx, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).map((column) => `"${column.replace(/"/g, "")}"`).join(", ");
  const quoted = `"${table.replace(/"/g, "")}"`;
  for (let index = 0; index < rows.length; index += BATCH) {
    await tx.$executeRawUnsafe(`INSERT INTO ${quoted} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quoted}, $1::json)`, JSON.stringify(rows.slice(index, index + BATCH)));
  }
}
