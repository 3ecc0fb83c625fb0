"use client";

import { useId, useMemo, useState } from "react";
import { FieldShell, describedBy, inputClasses } from "@/components/ui/field";
import { type CompactZone, type TimeZoneOption, canonicalZone, expandZones } from "@/lib/time-zones";

type Props = {
  id?: string;
  value: string;
  onChange: (zone: string) => void;
  /** The zones in their compact form (lib/time-zones.ts compactZones): a small payload. */
  zones: readonly CompactZone[];
  errors?: string[];
  hint?: string;
};

const OFFSET_QUERY = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/;

/** True when an option answers a search: a city or region ("kolkata", "new york"), or an offset ("+5:30", "UTC-3"). */
function matches(option: TimeZoneOption, query: string): boolean {
  const offset = OFFSET_QUERY.exec(query);
  if (offset) {
    const minutes = (Number(offset[2]) * 60 + Number(offset[3] ?? 0)) * (offset[1] === "-" ? -1 : 1);
    return option.offsetMinutes === minutes;
  }
  const haystack = `${option.id} ${option.label} ${option.offset}`.toLowerCase().replaceAll("_", " ");
  return query.split(/\s+/).every((word) => haystack.includes(word));
}

/**
 * The current IANA zones with their offsets, west to east, and a search box that narrows the list
 * by city, region or offset. The chosen zone always stays in the list, even when the search hides
 * the others, so the select never silently changes value.
 */
export function TimeZoneSelect({ id = "timeZone", value, onChange, zones: compact, errors, hint }: Props) {
  const zones = useMemo(() => expandZones(compact), [compact]);
  const [query, setQuery] = useState("");
  const countId = useId();
  const current = canonicalZone(value);
  const all = zones.some((zone) => zone.id === current) ? zones : [{ id: current, offset: "", offsetMinutes: 0, label: current }, ...zones];
  const search = query.trim().toLowerCase();
  const shown = search ? all.filter((zone) => zone.id === current || matches(zone, search)) : all;

  return (
    <FieldShell id={id} label="Time zone" hint={hint} errors={errors}>
      <input
        type="search"
        id={`${id}-search`}
        aria-label="Filter zones by city, region or offset"
        aria-controls={id}
        aria-describedby={countId}
        placeholder="Search a city, region or offset (+5:30)"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoComplete="off"
        className={inputClasses}
      />
      <p id={countId} aria-live="polite" className="sr-only">
        {search ? `${shown.length} ${shown.length === 1 ? "zone" : "zones"} listed.` : ""}
      </p>
      <select id={id} name={id} value={current} onChange={(event) => onChange(event.target.value)} {...describedBy(id, errors, hint)} className={inputClasses}>
        {shown.map((zone) => (
          <option key={zone.id} value={zone.id}>
            {zone.offset ? `${zone.offset} · ${zone.label}` : zone.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
