"use client";

import { useState, useTransition } from "react";
import { saveAreasAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FieldErrors, describedBy, inputClasses } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { MAX_AREAS } from "@/lib/domain/areas";

type Row = { key: string; id?: string; name: string; color: string; targetPct: string; isArchived: boolean };
type AreaInput = { id: string; name: string; color: string; targetPct: number; isArchived: boolean };

const NEW_COLORS = ["#64748b", "#e11d48", "#7c3aed", "#0d9488", "#ca8a04"];

function toRows(areas: AreaInput[]): Row[] {
  return areas.map((area) => ({ ...area, key: area.id, targetPct: String(area.targetPct) }));
}

export function AreasEditor({ initialAreas }: { initialAreas: AreaInput[] }) {
  const [rows, setRows] = useState<Row[]>(() => toRows(initialAreas));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  const activeSum = rows.filter((row) => !row.isArchived).reduce((sum, row) => sum + (Number(row.targetPct) || 0), 0);

  function update(index: number, patch: Partial<Row>) {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  }

  function move(index: number, delta: -1 | 1) {
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + delta, 0, row);
      return next;
    });
  }

  function addArea() {
    setRows((current) => [
      ...current,
      { key: `new-${Date.now()}`, name: "", color: NEW_COLORS[current.length % NEW_COLORS.length]!, targetPct: "0", isArchived: false },
    ]);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = rows.map(({ id, name, color, targetPct, isArchived }) => ({ id, name, color, targetPct, isArchived }));
    startTransition(async () => {
      const result = await saveAreasAction(input);
      setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setMessage(result.ok ? { tone: "success", text: "Areas saved." } : { tone: "error", text: result.error });
      if (result.ok) setRows(toRows(result.data));
    });
  }

  const sumTone = activeSum === 100 ? "text-emerald-700 dark:text-emerald-400" : "text-amber-700 dark:text-amber-400";

  return (
    <Card>
      <CardHeader
        id="areas-heading"
        title="Energy areas"
        description="Where you mean your energy to go. Targets of active areas add up to 100 %; archive an area to retire it without losing its history."
      />
      <form onSubmit={onSubmit} noValidate aria-labelledby="areas-heading" className="space-y-4">
        <ul className="space-y-3">
          {rows.map((row, index) => {
            const base = `areas.${index}`;
            const label = row.name.trim() || `area ${index + 1}`;
            return (
              <li
                key={row.key}
                className={`grid grid-cols-[auto_1fr] items-start gap-3 rounded-xl border border-slate-200 p-3 sm:grid-cols-[auto_1fr_7rem_auto_auto] dark:border-slate-800 ${
                  row.isArchived ? "opacity-60" : ""
                }`}
              >
                <input
                  type="color"
                  aria-label={`Colour of ${label}`}
                  value={row.color}
                  onChange={(event) => update(index, { color: event.target.value })}
                  className="mt-1 size-9 cursor-pointer rounded-md border border-slate-300 bg-transparent p-0.5 dark:border-slate-700"
                />
                <div>
                  <input
                    id={`${base}.name`}
                    aria-label={`Name of area ${index + 1}`}
                    value={row.name}
                    maxLength={40}
                    placeholder="Area name"
                    onChange={(event) => update(index, { name: event.target.value })}
                    {...describedBy(`${base}.name`, fieldErrors[`${base}.name`])}
                    className={inputClasses}
                  />
                  <FieldErrors id={`${base}.name`} errors={fieldErrors[`${base}.name`]} />
                </div>
                <div className="col-start-2 sm:col-start-auto">
                  <div className="flex items-center gap-1.5">
                    <input
                      id={`${base}.targetPct`}
                      aria-label={`Target % of ${label}`}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={100}
                      disabled={row.isArchived}
                      value={row.isArchived ? "0" : row.targetPct}
                      onChange={(event) => update(index, { targetPct: event.target.value })}
                      {...describedBy(`${base}.targetPct`, fieldErrors[`${base}.targetPct`])}
                      className={`${inputClasses} text-right`}
                    />
                    <span aria-hidden="true" className="text-sm text-slate-600 dark:text-slate-400">
                      %
                    </span>
                  </div>
                  <FieldErrors id={`${base}.targetPct`} errors={fieldErrors[`${base}.targetPct`]} />
                </div>
                <label className="col-start-2 flex items-center gap-2 pt-2 text-sm sm:col-start-auto">
                  <input
                    type="checkbox"
                    aria-label={`Archive ${label}`}
                    checked={row.isArchived}
                    onChange={(event) => update(index, { isArchived: event.target.checked })}
                    className="size-4 rounded border-slate-300"
                  />
                  Archived
                </label>
                <div className="col-start-2 flex gap-1 sm:col-start-auto">
                  <Button type="button" variant="ghost" size="sm" aria-label={`Move ${label} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                    ↑
                  </Button>
                  <Button
                    type="button"
                    variant="ghost"
                    size="sm"
                    aria-label={`Move ${label} down`}
                    disabled={index === rows.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Button type="button" variant="secondary" size="sm" onClick={addArea} disabled={rows.length >= MAX_AREAS}>
            Add area
          </Button>
          <p className={`text-sm font-medium ${sumTone}`} aria-live="polite">
            Active targets add up to {activeSum} %{activeSum === 100 ? "" : activeSum < 100 ? ` (${100 - activeSum} % left)` : ` (${activeSum - 100} % over)`}
          </p>
        </div>
        <FieldErrors id="areas" errors={fieldErrors.areas} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" isPending={isPending} pendingLabel="Saving…">
            Save areas
          </Button>
          {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
        </div>
      </form>
    </Card>
  );
}
