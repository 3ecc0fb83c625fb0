"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { CALLBACK_KINDS } from "@/lib/domain/kind-defaults";
import type { ListCallbacksQuery } from "@/lib/validation/callbacks";
import { kindLabel } from "./format";
import { CALLBACKS_PATH, hasActiveFilters, listHref } from "./list-query";

type AreaOption = { id: string; name: string; isArchived: boolean };

const STATE_OPTIONS = [
  ["OPEN", "Open"],
  ["ALL", "All states"],
  ["PENDING", "Pending"],
  ["FULFILLED", "Fulfilled"],
  ["REJECTED", "Rejected"],
  ["TIMED_OUT", "Timed out"],
  ["CANCELLED", "Cancelled"],
] as const;

const LATENESS_OPTIONS = [
  ["", "Any"],
  ["on_time", "On time"],
  ["overdue", "Overdue"],
  ["timed_out", "Timed out"],
] as const;

const SORT_OPTIONS = [
  ["deadline", "Deadline"],
  ["probability", "Probability"],
  ["ev", "Expected value"],
  ["newest", "Newest"],
] as const;

const labelClasses = "block text-xs font-medium text-slate-600 dark:text-slate-400";

/**
 * The list's filters, search and sort as a GET form: without JavaScript it submits to
 * /callbacks?…; with it, a change of any menu applies at once and the URL stays clean.
 * Submitting drops the page cursor, so a new filter starts on the first page.
 */
export function CallbackFilters({
  query,
  areas,
  showClear = true,
}: {
  query: ListCallbacksQuery;
  areas: AreaOption[];
  /** False when the empty state below already offers "Clear filters". */
  showClear?: boolean;
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function apply(form: HTMLFormElement) {
    const data = new FormData(form);
    const value = (key: string) => String(data.get(key) ?? "");
    const href = listHref({
      state: value("state"),
      areaId: value("areaId"),
      kind: value("kind") as ListCallbacksQuery["kind"],
      lateness: value("lateness") as ListCallbacksQuery["lateness"],
      q: value("q"),
      sort: value("sort") as ListCallbacksQuery["sort"],
    });
    startTransition(() => router.push(href, { scroll: false }));
  }

  return (
    <form
      method="get"
      action={CALLBACKS_PATH}
      role="search"
      aria-label="Filter callbacks"
      onSubmit={(event) => {
        event.preventDefault();
        apply(event.currentTarget);
      }}
      onChange={(event) => {
        // Menus apply on change; the search box waits for Enter or the button.
        if (event.target instanceof HTMLSelectElement) apply(event.currentTarget);
      }}
      className="grid grid-cols-2 items-end gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3 lg:grid-cols-[minmax(12rem,2fr)_repeat(5,minmax(0,1fr))_auto] lg:items-end dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="col-span-2 space-y-1 sm:col-span-3 lg:col-span-1">
        <label htmlFor="filter-q" className={labelClasses}>
          Search
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          maxLength={200}
          placeholder="Title or counterparty"
          className={inputClasses}
        />
      </div>
      <FilterSelect id="filter-state" name="state" label="State" defaultValue={query.state} title="Open = pending or timed out">
        {STATE_OPTIONS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="filter-area" name="areaId" label="Area" defaultValue={query.areaId ?? ""}>
        <option value="">All areas</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.isArchived ? `${area.name} (archived)` : area.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="filter-kind" name="kind" label="Kind" defaultValue={query.kind ?? ""}>
        <option value="">All kinds</option>
        {CALLBACK_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kindLabel(kind)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="filter-lateness" name="lateness" label="Lateness" defaultValue={query.lateness ?? ""}>
        {LATENESS_OPTIONS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="filter-sort" name="sort" label="Sort by" defaultValue={query.sort}>
        {SORT_OPTIONS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </FilterSelect>
      <div className="flex items-center gap-3 sm:col-span-1">
        <Button type="submit" variant="secondary" isPending={isPending} pendingLabel="Applying…">
          Apply
        </Button>
        {showClear && hasActiveFilters(query) ? (
          <Link
            href={listHref({ sort: query.sort })}
            scroll={false}
            className="whitespace-nowrap text-sm font-medium text-brand-700 hover:underline dark:text-brand-100"
          >
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  title,
  children,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  title?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className={labelClasses}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} title={title} className={inputClasses}>
        {children}
      </select>
    </div>
  );
}
