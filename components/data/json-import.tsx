"use client";

import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { describeCounts, type ImportOutcome, postImport } from "./post-import";

/** Import a Lifeloop export: check it first (a dry run), then import it, all or nothing. */
export function JsonImport() {
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [isChecked, setIsChecked] = useState(false);
  const [isPending, startTransition] = useTransition();
  const [action, setAction] = useState<"check" | "import" | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function onFile(file: File | undefined) {
    setOutcome(null);
    setIsChecked(false);
    setFileName(file?.name ?? "");
    setText(file ? await file.text() : null);
  }

  function run(dryRun: boolean) {
    if (text === null) return;
    setAction(dryRun ? "check" : "import");
    startTransition(async () => {
      const result = await postImport(text, "application/json", new URLSearchParams(dryRun ? { dryRun: "1" } : {}));
      setOutcome(result);
      setIsChecked(dryRun && result.ok);
      if (!dryRun && result.ok && input.current) {
        input.current.value = "";
        setText(null);
      }
    });
  }

  const fieldErrors = outcome && !outcome.ok && outcome.fields ? Object.entries(outcome.fields) : [];
  return (
    <Card>
      <CardHeader
        id="import-json"
        title="Import a Lifeloop export"
        description="Bring a JSON export into this account. It is checked first; then everything is imported in one go, or nothing is. Rows already here (imported before, or your own) are skipped, so importing a file twice adds nothing."
      />
      <div className="space-y-4">
        <div className="space-y-1">
          <label htmlFor="json-file" className="block text-sm font-medium">
            Export file (.json)
          </label>
          <input
            ref={input}
            id="json-file"
            type="file"
            accept="application/json,.json"
            onChange={(event) => void onFile(event.target.files?.[0])}
            className="block text-sm file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium dark:file:border-slate-700 dark:file:bg-slate-900 dark:file:text-slate-100"
          />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => run(true)} disabled={text === null} isPending={isPending && action === "check"} pendingLabel="Checking…">
            Check file
          </Button>
          <Button type="button" onClick={() => run(false)} disabled={!isChecked} isPending={isPending && action === "import"} pendingLabel="Importing…">
            Import
          </Button>
        </div>
        {outcome?.ok ? (
          <FormMessage tone="success">
            {outcome.answer.dryRun
              ? `${fileName} is valid. Importing it would add ${describeCounts(outcome.answer.created)}${sumOf(outcome.answer.skipped) ? ` (already here: ${describeCounts(outcome.answer.skipped)})` : ""}.`
              : `Imported ${describeCounts(outcome.answer.created)}${sumOf(outcome.answer.skipped) ? `; already here: ${describeCounts(outcome.answer.skipped)}` : ""}.`}
          </FormMessage>
        ) : null}
        {outcome && !outcome.ok ? (
          <div className="space-y-2">
            <FormMessage tone="error">{outcome.message} Nothing was imported.</FormMessage>
            {fieldErrors.length ? (
              <ul className="max-h-60 list-disc space-y-1 overflow-auto pl-5 text-sm text-red-800 dark:text-red-200">
                {fieldErrors.slice(0, 50).map(([path, messages]) => (
                  <li key={path}>
                    <code className="font-mono text-xs">{path}</code>: {messages.join(" ")}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </Card>
  );
}

function sumOf(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}
