"use client";

import Link from "next/link";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { inputClasses } from "@/components/ui/field";
import { CSV_ENTITIES, type CsvEntity } from "@/lib/validation/data-export";

const ENTITY_LABELS: Record<CsvEntity, string> = {
  callbacks: "Callbacks",
  events: "Callback events (history)",
  effort: "Effort log",
  commitments: "Commitments",
  checkIns: "Commitment check-ins",
  reviews: "Weekly reviews",
  areas: "Areas",
  kindDefaults: "Kind defaults",
  ticks: "Daily ticks",
};

/** Downloads: the whole account as JSON, or one entity as CSV (optionally for spreadsheets). */
export function ExportPanel() {
  const [entity, setEntity] = useState<CsvEntity>("callbacks");
  const [forSpreadsheet, setForSpreadsheet] = useState(true);
  const csvHref = `/api/v1/export?format=csv&entity=${entity}${forSpreadsheet ? "&bom=1" : ""}`;
  return (
    <Card>
      <CardHeader
        id="export"
        title="Export"
        description={
          <>
            Everything as one JSON file: profile, areas, kind defaults, callbacks with their full history, effort, commitments with check-ins, reviews
            and ticks. It is versioned (<Link prefetch={false} className="underline" href="/api/v1/export/schema">its JSON Schema</Link>) and imports back whole.
          </>
        }
      />
      <div className="flex flex-wrap items-end gap-6">
        <a href="/api/v1/export" download className={buttonClasses("primary")}>
          Download everything (JSON)
        </a>
        <div className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor="csv-entity" className="block text-sm font-medium">
              One table as CSV
            </label>
            <select id="csv-entity" value={entity} onChange={(event) => setEntity(event.target.value as CsvEntity)} className={`${inputClasses} w-auto`}>
              {CSV_ENTITIES.map((value) => (
                <option key={value} value={value}>
                  {ENTITY_LABELS[value]}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 pb-2 text-sm">
            <input type="checkbox" checked={forSpreadsheet} onChange={(event) => setForSpreadsheet(event.target.checked)} className="size-4 rounded border-slate-300" />
            For Excel / spreadsheets (UTF-8 BOM)
          </label>
          <a href={csvHref} download className={buttonClasses("secondary")}>
            Download CSV
          </a>
        </div>
      </div>
    </Card>
  );
}
