import { type PGlite, protocol } from "@electric-sql/pglite";

/**
 * A hot statement on the embedded database as a named prepared statement, sent in one message
 * batch: Parse (the first time only), Bind, Describe, Execute, Sync. PGlite's own `query` sends
 * an unnamed statement in six separate calls into Postgres and plans it on every run; through
 * Prisma every result is also parsed with a copy of PGlite's whole parser table (356 types) made
 * per query. Measured on the session lookup (one row by primary key) in one process: 540 µs
 * through Prisma, 210 µs through `query` without parsers, 62 µs this way. Planning was most of
 * capture's database time: its reads planned in 0.6 ms (seven sub-selects, one over a table of
 * 17 indexes, each index's size read from its file) and ran in well under that.
 *
 * The statement stays prepared in the database's one session for the instance's life (its text
 * takes a bounded number of shapes: see prepared()). Which ones are is kept on globalThis, since
 * Next bundles this module once per route and page while they all share the one database; a
 * statement another copy prepared all the same (duplicate_prepared_statement) is then run as it
 * is. A failed run closes it, so the next run prepares it afresh (e.g. after a migration changed
 * what it returns).
 *
 * It waits for any transaction in progress as PGlite's `query` does (the transaction mutex, then
 * the query mutex), so it never runs inside someone else's transaction.
 */
export async function queryPgliteNamed(
  pglite: PGlite,
  name: string,
  text: string,
  values: readonly (string | null)[],
  parserFor: (oid: number) => (text: string) => unknown,
): Promise<Record<string, unknown>[]> {
  return pglite._runExclusiveTransaction(() =>
    pglite._runExclusiveQuery(async () => {
      const names = preparedNames(pglite);
      const run = (parse: boolean) =>
        pglite.execProtocolStream(
          Buffer.concat([
            ...(parse ? [serialize.parse({ name, text, types: [] })] : []),
            serialize.bind({ statement: name, values: [...values] }),
            serialize.describe({ type: "P" }),
            serialize.execute({}),
            serialize.sync(),
          ]),
          { syncToFs: false },
        );
      let messages: Awaited<ReturnType<PGlite["execProtocolStream"]>>;
      try {
        messages = await run(!names.has(name)).catch((error: unknown) => {
          if ((error as { code?: unknown }).code !== DUPLICATE_PREPARED_STATEMENT) throw error;
          return run(false);
        });
      } catch (error) {
        names.delete(name);
        // Closing a statement that does not exist is no error; the Sync ends the failed batch's state.
        await pglite.execProtocolStream(Buffer.concat([serialize.close({ type: "S", name }), serialize.sync()]), { syncToFs: false }).catch(() => undefined);
        throw error;
      }
      names.add(name);
      // As PGlite's `query` does after a statement outside a transaction.
      if (!pglite.isInTransaction()) await pglite.syncToFs();
      return rowsOf(messages, parserFor);
    }),
  );
}

const { serialize } = protocol;

const DUPLICATE_PREPARED_STATEMENT = "42P05";

const REGISTRY = Symbol.for("lifeloop.pglitePreparedStatements");
const globalForRegistry = globalThis as typeof globalThis & { [REGISTRY]?: WeakMap<PGlite, Set<string>> };

function preparedNames(pglite: PGlite): Set<string> {
  const prepared = (globalForRegistry[REGISTRY] ??= new WeakMap());
  let names = prepared.get(pglite);
  if (!names) prepared.set(pglite, (names = new Set()));
  return names;
}

type Message = { name: string; fields?: unknown[] };
type Field = { name: string; dataTypeID: number };

/** The result's rows as objects, each value parsed from its text by its column's type. */
function rowsOf(messages: readonly Message[], parserFor: (oid: number) => (text: string) => unknown): Record<string, unknown>[] {
  let columns: { name: string; parse: (text: string) => unknown }[] = [];
  const rows: Record<string, unknown>[] = [];
  for (const message of messages) {
    if (message.name === "rowDescription") {
      columns = (message.fields as Field[]).map((field) => ({ name: field.name, parse: parserFor(field.dataTypeID) }));
    } else if (message.name === "dataRow") {
      const row: Record<string, unknown> = {};
      (message.fields as (string | null)[]).forEach((value, i) => {
        const column = columns[i]!;
        row[column.name] = value === null ? null : column.parse(value);
      });
      rows.push(row);
    }
  }
  return rows;
}
