import { dayKeyInZone } from "@/lib/domain/time";
import type { EffortEntryView } from "@/lib/server/effort/effort-entry-view";
import type { EffortEntryRow } from "./effort-entry-list";
import { currentLocale } from "@/lib/request-locale";

const dayLabels = new Map<string, Intl.DateTimeFormat>();

/** Server rows → what the client list needs: plain values, the day in the user's zone. */
export function toEffortRows(entries: readonly EffortEntryView[], timeZone: string): EffortEntryRow[] {
  const locale = currentLocale();
  let format = dayLabels.get(`${locale}|${timeZone}`);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, weekday: "short", month: "short", day: "numeric", year: "numeric" });
    dayLabels.set(`${locale}|${timeZone}`, format);
  }
  return entries.map((entry) => ({
    id: entry.id,
    areaId: entry.areaId,
    area: { name: entry.area.name, color: entry.area.color },
    callbackId: entry.callbackId,
    callbackTitle: entry.callback?.title ?? null,
    points: entry.points,
    minutes: entry.minutes,
    note: entry.note,
    day: dayKeyInZone(entry.spentAt, timeZone),
    dayLabel: format.format(entry.spentAt),
  }));
}
