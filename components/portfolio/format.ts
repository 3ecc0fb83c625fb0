import { currentLocale } from "@/lib/request-locale";

/** Drift in percentage points with its sign: "+12 pp", "−3 pp", "0 pp". */
export function formatDrift(driftPp: number): string {
  const rounded = Math.round(driftPp);
  if (rounded === 0) return "0 pp";
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded)} pp`;
}

/** A share in percent, whole: "25 %". */
export function formatShare(pct: number): string {
  return `${Math.round(pct)} %`;
}

/** Points with up to one decimal: "12.5". */
export function formatPoints(points: number): string {
  return (Math.round(points * 10) / 10).toLocaleString(currentLocale());
}
