/**
 * Time zones for pickers. JavaScript engines list zones by CLDR's canonical names, which are often
 * the retired IANA spellings ("Asia/Calcutta", "Europe/Kiev"); people look for the current ones.
 * The engines accept both, so Lifeloop stores and shows the current IANA name.
 */
const CURRENT_NAMES: Record<string, string> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
  "Etc/UTC": "UTC",
  "Etc/GMT": "UTC",
  GMT: "UTC",
};

/** The current IANA name for a zone (a retired alias becomes today's spelling; others unchanged). */
export function canonicalZone(zone: string): string {
  return CURRENT_NAMES[zone] ?? zone;
}

export type TimeZoneOption = {
  /** The IANA name stored on the profile. */
  id: string;
  /** "UTC+05:30", the offset at the moment the list was made. */
  offset: string;
  offsetMinutes: number;
  /** "Kolkata (Asia)". */
  label: string;
};

function offsetOf(zone: string, now: Date): { offset: string; offsetMinutes: number } {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(now)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part ?? "");
  if (!match) return { offset: "UTC+00:00", offsetMinutes: 0 };
  const minutes = (Number(match[2]) * 60 + Number(match[3])) * (match[1] === "-" ? -1 : 1);
  return { offset: `UTC${match[1]}${match[2]}:${match[3]}`, offsetMinutes: minutes };
}

function labelOf(zone: string): string {
  if (zone === "UTC") return "UTC (Coordinated Universal Time)";
  const parts = zone.split("/");
  const city = parts.slice(1).reverse().join(", ").replaceAll("_", " ");
  return `${city} (${parts[0]})`;
}

/** Every current zone with its offset at `now`, sorted west to east, then by name; UTC first. */
export function listTimeZoneOptions(now: Date): TimeZoneOption[] {
  const ids = new Set(Intl.supportedValuesOf("timeZone").map(canonicalZone));
  ids.delete("UTC");
  const options = [...ids].map((id) => ({ id, ...offsetOf(id, now), label: labelOf(id) }));
  options.sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.label.localeCompare(b.label));
  return [{ id: "UTC", offset: "UTC+00:00", offsetMinutes: 0, label: labelOf("UTC") }, ...options];
}

/** A zone as a page sends it to the browser: its name and offset only (the rest is derived). */
export type CompactZone = readonly [id: string, offsetMinutes: number];

/** The zone list in its compact form (a tenth of the payload of the full options). */
export function compactZones(options: readonly TimeZoneOption[]): CompactZone[] {
  return options.map((option) => [option.id, option.offsetMinutes] as const);
}

/** The full options back from the compact list, in the same order (in the browser). */
export function expandZones(zones: readonly CompactZone[]): TimeZoneOption[] {
  return zones.map(([id, offsetMinutes]) => {
    const abs = Math.abs(offsetMinutes);
    const pad = (n: number) => String(n).padStart(2, "0");
    return { id, offsetMinutes, offset: `UTC${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`, label: labelOf(id) };
  });
}
