import { createHash } from "node:crypto";
import Papa from "papaparse";
import type { CallbackState } from "@/lib/domain/callback-state";
import { CSV_CALLBACK_FIELDS, type CsvMapping, STATUS_HELP, guessCsvMapping, mapCsvKind, mapCsvStatus, parseCsvDate } from "@/lib/domain/csv-callbacks";
import type { CallbackKind } from "@/lib/domain/kind-defaults";
import { AppError } from "@/lib/errors";
import { captureCallbackSchema } from "@/lib/validation/callbacks";

/** A row that can't be imported: its line in the file (1 is the header), the field and why. */
export type CsvRowError = { line: number; field: string | null; message: string };

export type PlannedCsvCallback = {
  line: number;
  /** Stable across imports of the same file: the SHA-256 of the row's identifying cells. */
  fingerprint: string;
  title: string;
  counterparty: string;
  kind: CallbackKind;
  state: CallbackState;
  startedAt: Date | null;
  statusDate: Date | null;
  deadline: Date | null;
  link: string;
  notes: string;
};

export type ReadCsvResult = {
  headers: string[];
  mapping: CsvMapping;
  rows: PlannedCsvCallback[];
  errors: CsvRowError[];
};

export const MAX_CSV_ROWS = 10_000;

/** The CSV as records with the line each starts on (quoted cells may span lines). */
function parseWithLines(text: string): { headers: string[]; records: { line: number; cells: string[] }[] } {
  const source = text.replace(/^\uFEFF/, "");
  const lineStarts: number[] = [0];
  for (let index = 0; index < source.length; index++) if (source[index] === "\n") lineStarts.push(index + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const rows: { line: number; cells: string[] }[] = [];
  let offset = 0;
  Papa.parse<string[]>(source, {
    skipEmptyLines: false,
    step: (result) => {
      // Skip the line break(s) before the row: its first line is where its first cell starts.
      let start = offset;
      while (source[start] === "\r" || source[start] === "\n") start++;
      rows.push({ line: lineAt(start), cells: result.data });
      offset = result.meta.cursor;
    },
  });
  const nonEmpty = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  const [header, ...records] = nonEmpty;
  if (!header) throw new AppError("INVALID", "The CSV is empty: it needs a header row and at least one row.");
  return { headers: header.cells.map((cell) => cell.trim()), records };
}

/**
 * Reads a callbacks CSV: the columns (the given mapping, else guessed from the header names),
 * then every row checked with the capture form's own rules, and a list of every bad row with its
 * line number and reason. Writes nothing.
 */
export function readCallbacksCsv(text: string, options: { mapping?: CsvMapping; defaultKind: CallbackKind; timeZone: string }): ReadCsvResult {
  const { headers, records } = parseWithLines(text);
  const mapping = options.mapping && Object.keys(options.mapping).length > 0 ? options.mapping : guessCsvMapping(headers);
  for (const field of CSV_CALLBACK_FIELDS) {
    const column = mapping[field];
    if (column !== undefined && !headers.includes(column)) throw new AppError("INVALID", `There is no column “${column}” in the file.`, { [`map.${field}`]: [`No column “${column}”; the columns are: ${headers.join(", ")}.`] });
  }
  if (!mapping.title) throw new AppError("INVALID", "Choose the column that holds the title.", { "map.title": ["Choose the column that holds the title."] });
  if (records.length > MAX_CSV_ROWS) throw new AppError("INVALID", `The file has ${records.length} rows; import at most ${MAX_CSV_ROWS} at once.`);

  const rows: PlannedCsvCallback[] = [];
  const errors: CsvRowError[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    const cell = (field: keyof CsvMapping) => {
      const column = mapping[field];
      return column === undefined ? "" : (cells[headers.indexOf(column)] ?? "").trim();
    };
    const rowErrors: CsvRowError[] = [];
    const fail = (field: string | null, message: string) => rowErrors.push({ line, field, message });

    const state = mapCsvStatus(cell("status"));
    if (state === null) fail("status", `Unknown status “${cell("status")}”. ${STATUS_HELP}`);
    const kind = mapCsvKind(cell("kind"), options.defaultKind);
    if (kind === null) fail("kind", `Unknown kind “${cell("kind")}”: use job, networking, learning, creative, health or other.`);
    const dates: Record<"startedAt" | "statusDate" | "deadline", Date | null> = { startedAt: null, statusDate: null, deadline: null };
    for (const field of ["startedAt", "statusDate", "deadline"] as const) {
      const parsed = parseCsvDate(cell(field), options.timeZone);
      if (parsed === "invalid") fail(field, `“${cell(field)}” is not a date: use YYYY-MM-DD (or an ISO date and time).`);
      else dates[field] = parsed;
    }
    // The capture form's own rules for text, links and deadlines.
    const checked = captureCallbackSchema.safeParse({
      title: cell("title"),
      counterparty: cell("counterparty"),
      link: cell("link"),
      notes: cell("notes"),
      startedAt: dates.startedAt ?? undefined,
      timesOutAt: dates.deadline ?? undefined,
    });
    if (!checked.success) for (const issue of checked.error.issues) fail(issue.path.join(".") === "timesOutAt" ? "deadline" : issue.path.join(".") || null, issue.message);
    if (dates.statusDate && dates.startedAt && dates.statusDate < dates.startedAt) fail("statusDate", "The status date comes before the start.");

    const fingerprint = createHash("sha256")
      .update(JSON.stringify([cell("title").toLowerCase(), cell("counterparty").toLowerCase(), cell("startedAt"), cell("link")]))
      .digest("hex");
    const duplicateOf = seen.get(fingerprint);
    if (rowErrors.length === 0 && duplicateOf !== undefined) fail(null, `The same as line ${duplicateOf} (title, company, date and link).`);
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    seen.set(fingerprint, line);
    rows.push({
      line,
      fingerprint,
      title: checked.data!.title,
      counterparty: checked.data!.counterparty ?? "",
      kind: kind!,
      state: state!,
      ...dates,
      link: checked.data!.link ?? "",
      notes: checked.data!.notes ?? "",
    });
  }
  return { headers, mapping, rows, errors };
}
