"use client";

import Papa from "papaparse";
import { useMemo, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { inputClasses } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CSV_CALLBACK_FIELDS, CSV_FIELD_LABELS, type CsvMapping, guessCsvMapping } from "@/lib/domain/csv-callbacks";
import { CALLBACK_KINDS, type CallbackKind, KIND_DEFAULTS } from "@/lib/domain/kind-defaults";
import { describeCounts, type ImportOutcome, postImport } from "./post-import";

const PREVIEW_ROWS = 5;

/**
 * Callbacks from a spreadsheet or a job tracker's CSV: pick the file, check the column mapping
 * against a preview of the first rows, run a dry run that lists every bad row with its line
 * number, then import (all rows or none).
 */
export function CsvImport() {
  const [text, setText] = useState<string | null>(null);
  const [mapping, setMapping] = useState<CsvMapping>({});
  const [defaultKind, setDefaultKind] = useState<CallbackKind>("JOB_APPLICATION");
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [checkedQuery, setCheckedQuery] = useState<string | null>(null);
  const [action, setAction] = useState<"check" | "import" | null>(null);
  const [isPending, startTransition] = useTransition();

  const preview = useMemo(() => {
    if (text === null) return null;
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy", preview: PREVIEW_ROWS + 1 });
    const [headers = [], ...rows] = parsed.data;
    return { headers: headers.map((header) => header.trim()), rows };
  }, [text]);

  async function onFile(file: File | undefined) {
    setOutcome(null);
    setCheckedQuery(null);
    const content = file ? await file.text() : null;
    setText(content);
    if (content !== null) {
      const headers = (Papa.parse<string[]>(content.replace(/^\uFEFF/, ""), { preview: 1 }).data[0] ?? []).map((header) => header.trim());
      setMapping(guessCsvMapping(headers));
    }
  }

  function query(dryRun: boolean): URLSearchParams {
    const params = new URLSearchParams({ defaultKind });
    for (const field of CSV_CALLBACK_FIELDS) if (mapping[field]) params.set(`map.${field}`, mapping[field]!);
    if (dryRun) params.set("dryRun", "1");
    return params;
  }

  function run(dryRun: boolean) {
    if (text === null) return;
    setAction(dryRun ? "check" : "import");
    const params = query(dryRun);
    startTransition(async () => {
      const result = await postImport(text, "text/csv", params);
      setOutcome(result);
      setCheckedQuery(dryRun && result.ok && result.answer.errors.length === 0 ? query(false).toString() : null);
    });
  }

  function onMap(field: (typeof CSV_CALLBACK_FIELDS)[number], column: string) {
    setMapping((current) => ({ ...current, [field]: column || undefined }));
    setCheckedQuery(null);
    setOutcome(null);
  }

  const rowErrors = outcome?.ok ? outcome.answer.errors : (outcome?.rowErrors ?? []);
  const canImport = checkedQuery !== null && checkedQuery === query(false).toString();
  return (
    <Card>
      <CardHeader
        id="import-csv"
        title="Import callbacks from a CSV"
        description="From a spreadsheet or a job tracker's export. Statuses become states: applied or interviewing stays open, offer is fulfilled, rejected is rejected at the status date, ghosted timed out, withdrawn cancelled. Dates as YYYY-MM-DD."
      />
      <div className="space-y-5">
        <div className="space-y-1">
          <label htmlFor="csv-file" className="block text-sm font-medium">
            CSV file
          </label>
          <input
            id="csv-file"
            type="file"
            accept="text/csv,.csv"
            onChange={(event) => void onFile(event.target.files?.[0])}
            className="block text-sm file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium dark:file:border-slate-700 dark:file:bg-slate-900 dark:file:text-slate-100"
          />
        </div>

        {preview ? (
          <>
            <fieldset className="space-y-3">
              <legend className="text-sm font-semibold">Columns</legend>
              <div className="grid gap-3 sm:grid-cols-3">
                {CSV_CALLBACK_FIELDS.map((field) => (
                  <div key={field} className="space-y-1">
                    <label htmlFor={`map-${field}`} className="block text-sm font-medium">
                      {CSV_FIELD_LABELS[field]}
                      {field === "title" ? " (required)" : ""}
                    </label>
                    <select id={`map-${field}`} value={mapping[field] ?? ""} onChange={(event) => onMap(field, event.target.value)} className={inputClasses}>
                      <option value="">— not in the file —</option>
                      {preview.headers.map((header) => (
                        <option key={header} value={header}>
                          {header}
                        </option>
                      ))}
                    </select>
                  </div>
                ))}
                <div className="space-y-1">
                  <label htmlFor="default-kind" className="block text-sm font-medium">
                    Kind when none is given
                  </label>
                  <select
                    id="default-kind"
                    value={defaultKind}
                    onChange={(event) => {
                      setDefaultKind(event.target.value as CallbackKind);
                      setCheckedQuery(null);
                    }}
                    className={inputClasses}
                  >
                    {CALLBACK_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {KIND_DEFAULTS[kind].label}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            </fieldset>

            <div className="space-y-2">
              <h3 className="text-sm font-semibold">Preview: the first {Math.min(PREVIEW_ROWS, preview.rows.length)} rows as they will be read</h3>
              <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
                <table className="min-w-full text-left text-sm">
                  <thead className="bg-slate-50 text-xs uppercase text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
                    <tr>
                      {CSV_CALLBACK_FIELDS.filter((field) => mapping[field]).map((field) => (
                        <th key={field} scope="col" className="px-3 py-2 font-medium">
                          {CSV_FIELD_LABELS[field]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                    {preview.rows.map((row, index) => (
                      <tr key={index}>
                        {CSV_CALLBACK_FIELDS.filter((field) => mapping[field]).map((field) => (
                          <td key={field} className="max-w-56 truncate px-3 py-2" title={row[preview.headers.indexOf(mapping[field]!)] ?? ""}>
                            {row[preview.headers.indexOf(mapping[field]!)] ?? ""}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>

            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="secondary" onClick={() => run(true)} disabled={!mapping.title} isPending={isPending && action === "check"} pendingLabel="Checking…">
                Check all rows (dry run)
              </Button>
              <Button type="button" onClick={() => run(false)} disabled={!canImport} isPending={isPending && action === "import"} pendingLabel="Importing…">
                Import
              </Button>
            </div>
            {!mapping.title ? <p className="text-sm text-slate-600 dark:text-slate-400">Choose the column that holds the title to continue.</p> : null}
          </>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Choose a .csv file with a header row. Columns named like Company, Job Title, Status, Date Applied, URL and Notes are recognised; you can change the mapping before anything is imported.
          </p>
        )}

        {outcome?.ok && outcome.answer.errors.length === 0 ? (
          <FormMessage tone="success">
            {outcome.answer.dryRun
              ? `All ${outcome.answer.rows} rows are fine: importing adds ${describeCounts({ callbacks: outcome.answer.created.callbacks ?? 0 })}${outcome.answer.skipped.callbacks ? ` (${outcome.answer.skipped.callbacks} imported before are skipped)` : ""}.`
              : `Imported ${describeCounts({ callbacks: outcome.answer.created.callbacks ?? 0 })}${outcome.answer.skipped.callbacks ? `; ${outcome.answer.skipped.callbacks} imported before were skipped` : ""}.`}
          </FormMessage>
        ) : null}
        {outcome && !outcome.ok ? <FormMessage tone="error">{outcome.message}</FormMessage> : null}
        {rowErrors.length > 0 ? (
          <div className="space-y-2">
            {outcome?.ok ? (
              <FormMessage tone="error">
                {new Set(rowErrors.map((error) => error.line)).size} row(s) can&apos;t be imported. Fix them in the file (or the mapping) and check again; nothing is imported until every row is fine.
              </FormMessage>
            ) : null}
            <table className="min-w-full text-left text-sm" aria-label="Rows that can't be imported">
              <thead className="text-xs uppercase text-slate-600 dark:text-slate-300">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">Line</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Column</th>
                  <th scope="col" className="py-1 font-medium">Problem</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {rowErrors.slice(0, 200).map((error, index) => (
                  <tr key={index}>
                    <td className="py-1 pr-3 tabular-nums">{error.line}</td>
                    <td className="py-1 pr-3">{error.field ? (CSV_FIELD_LABELS[error.field as keyof typeof CSV_FIELD_LABELS] ?? error.field) : "—"}</td>
                    <td className="py-1">{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
