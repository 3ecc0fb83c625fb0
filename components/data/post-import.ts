/** What POST /api/v1/import answers (lib/validation/v1/data.ts), as the Settings page reads it. */
export type ImportAnswer = {
  dryRun: boolean;
  format: "json" | "csv";
  created: Record<string, number>;
  skipped: Record<string, number>;
  rows?: number;
  errors: { line: number; field: string | null; message: string }[];
};

export type ImportOutcome =
  | { ok: true; answer: ImportAnswer }
  | { ok: false; message: string; fields?: Record<string, string[]>; rowErrors?: ImportAnswer["errors"] };

/** Sends a file to the import route with the session cookie (a same-origin fetch), as JSON or CSV. */
export async function postImport(body: string, type: "application/json" | "text/csv", query: URLSearchParams): Promise<ImportOutcome> {
  try {
    const response = await fetch(`/api/v1/import?${query}`, { method: "POST", headers: { "Content-Type": type }, body, credentials: "same-origin" });
    const data = (await response.json().catch(() => null)) as
      | (ImportAnswer & { error?: undefined })
      | { error: { message: string; fields?: Record<string, string[]>; details?: { errors?: ImportAnswer["errors"] } } }
      | null;
    if (!data) return { ok: false, message: `The import failed (HTTP ${response.status}). Nothing was imported.` };
    if ("error" in data && data.error) return { ok: false, message: data.error.message, fields: data.error.fields, rowErrors: data.error.details?.errors };
    return { ok: true, answer: data as ImportAnswer };
  } catch {
    return { ok: false, message: "Couldn't reach Lifeloop. Check your connection; nothing was imported." };
  }
}

const LABELS: Record<string, string> = {
  callbacks: "callbacks",
  events: "events",
  effort: "effort entries",
  commitments: "commitments",
  checkIns: "check-ins",
  focusOverrides: "focus overrides",
  reviews: "reviews",
  ticks: "ticks",
  areas: "areas",
  kindDefaults: "kind defaults",
};

/** "12 callbacks, 30 events" — the non-zero counts. */
export function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => `${count} ${LABELS[key] ?? key}`);
  return parts.length ? parts.join(", ") : "nothing";
}
