import type { ListCallbacksQuery } from "@/lib/validation/callbacks";
import { currentLocale } from "@/lib/request-locale";

export const CALLBACKS_PATH = "/callbacks";

/** The list's defaults: what "no filters" means (and what the URL leaves out). */
export const DEFAULT_LIST_QUERY = { state: "OPEN", sort: "deadline" } as const;

type QueryPatch = Partial<{ [K in keyof ListCallbacksQuery]: ListCallbacksQuery[K] | null }>;

const ORDER = ["state", "areaId", "kind", "lateness", "q", "sort", "cursor"] as const;

/**
 * The list's URL for `query` with `patch` applied (null removes a key). Defaults and blanks are
 * left out, so "/callbacks" is the default view and shared links stay short.
 */
export function listHref(query: Partial<ListCallbacksQuery>, patch: QueryPatch = {}): string {
  const merged: Record<string, unknown> = { ...query, ...patch };
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = merged[key];
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (text === "") continue;
    if (key in DEFAULT_LIST_QUERY && text === String(DEFAULT_LIST_QUERY[key as keyof typeof DEFAULT_LIST_QUERY])) continue;
    params.set(key, text);
  }
  const search = params.toString();
  return search ? `${CALLBACKS_PATH}?${search}` : CALLBACKS_PATH;
}

/** True when anything narrows the list beyond the default view (open callbacks, any area/kind, no search). */
export function hasActiveFilters(query: Pick<ListCallbacksQuery, "state" | "areaId" | "kind" | "lateness" | "q">): boolean {
  return query.state !== DEFAULT_LIST_QUERY.state || Boolean(query.areaId || query.kind || query.lateness || query.q);
}

/** "Showing 51–100 of 1,234" for `shown` rows from 0-based place `first`; empty lists say "Showing 0 of 0". */
export function showingRange(first: number, shown: number, total: number): string {
  const locale = currentLocale();
  const count = total.toLocaleString(locale);
  if (total === 0 || shown === 0) return `Showing 0 of ${count}`;
  const from = Math.min(first + 1, total);
  const to = Math.min(Math.max(from, first + shown), total);
  return `Showing ${from.toLocaleString(locale)}–${to.toLocaleString(locale)} of ${count}`;
}

/** The first value of each query-string key (Next gives arrays for repeated keys). */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[key] = first;
  }
  return out;
}

/** The new-callback form (built by the capture work). */
export const NEW_CALLBACK_PATH = "/callbacks/new";
