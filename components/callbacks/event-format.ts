import type { CallbackKind } from "@/lib/domain/kind-defaults";
import { formatAmount, formatDateTime, formatPercent, kindLabel } from "./format";

/** The event types of a callback's history (Prisma's CallbackEventType, as plain strings). */
export type EventType =
  | "CREATED"
  | "EDITED"
  | "EVIDENCE"
  | "FOLLOW_UP"
  | "CONTACT"
  | "EXTENDED"
  | "SETTLED"
  | "TIMED_OUT"
  | "REOPENED"
  | "CANCELLED";

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  CREATED: "Captured",
  EDITED: "Edited",
  EVIDENCE: "Evidence",
  FOLLOW_UP: "Follow-up",
  CONTACT: "Contact",
  EXTENDED: "Deadline extended",
  SETTLED: "Settled",
  TIMED_OUT: "Timed out",
  REOPENED: "Reopened",
  CANCELLED: "Cancelled",
};

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  kind: "Kind",
  areaId: "Area",
  counterparty: "Counterparty",
  channel: "Channel",
  link: "Link",
  notes: "Notes",
  startedAt: "Started",
  expectedReplyBy: "Expected reply by",
  timesOutAt: "Times out at",
  payoff: "Payoff",
  effort: "Effort",
  weight: "Weight",
};

const DATE_FIELDS = new Set(["startedAt", "expectedReplyBy", "timesOutAt"]);
const NUMBER_FIELDS = new Set(["payoff", "effort", "weight"]);
const MAX_TEXT = 80;

/** One line of an event's details: "Times out at: Mar 3, 2025, 2:00 PM → Mar 10, 2025, 2:00 PM". */
export type EventDetail = { label: string; before?: string; after: string };

type Context = { timeZone: string; areaNames: ReadonlyMap<string, string> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function formatDateValue(value: unknown, timeZone: string): string {
  if (typeof value !== "string" && !(value instanceof Date)) return "—";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "—" : formatDateTime(date, timeZone);
}

function truncate(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** A field's value from an EDITED event, in words. */
export function formatFieldValue(field: string, value: unknown, context: Context): string {
  if (value === null || value === undefined || value === "") return field === "areaId" ? "No area" : "(empty)";
  if (DATE_FIELDS.has(field)) return formatDateValue(value, context.timeZone);
  if (field === "kind" && typeof value === "string") return kindLabel(value as CallbackKind);
  if (field === "areaId" && typeof value === "string") return context.areaNames.get(value) ?? "An area since deleted";
  if (NUMBER_FIELDS.has(field) && typeof value === "number") return formatAmount(value);
  return truncate(String(value));
}

/**
 * What an event changed, from its `data`: the fields of an edit (before → after), the deadlines a
 * follow-up, contact, evidence, extension or reopen moved, a settlement's realised payoff. A value
 * that reads the same before and after is left out. Unknown shapes give [].
 */
export function eventDetails(type: EventType, data: unknown, context: Context): EventDetail[] {
  if (!isRecord(data)) return [];
  const details: EventDetail[] = [];
  const moved = (label: string, beforeKey: string, afterKey: string) => {
    const before = data[beforeKey];
    const after = data[afterKey];
    if (after === undefined) return;
    const shownBefore = before !== undefined ? formatDateValue(before, context.timeZone) : undefined;
    const shownAfter = formatDateValue(after, context.timeZone);
    // Only what changed as the person reads it: never "Dec 14 → Dec 14".
    if (shownBefore === shownAfter) return;
    details.push({ label, ...(shownBefore !== undefined ? { before: shownBefore } : {}), after: shownAfter });
  };

  switch (type) {
    case "EDITED":
      for (const [field, change] of Object.entries(data)) {
        if (!isRecord(change)) continue;
        const before = formatFieldValue(field, change.before, context);
        const after = formatFieldValue(field, change.after, context);
        if (before === after) continue;
        details.push({ label: FIELD_LABELS[field] ?? field, before, after });
      }
      break;
    case "FOLLOW_UP":
    case "CONTACT":
    case "EVIDENCE":
    case "EXTENDED":
    case "REOPENED":
      moved("Expected reply by", "expectedReplyByBefore", "expectedReplyByAfter");
      moved("Times out at", "timesOutAtBefore", "timesOutAtAfter");
      break;
    case "SETTLED":
      if (typeof data.realisedPayoff === "number") details.push({ label: "Realised payoff", after: formatAmount(data.realisedPayoff) });
      break;
    default:
      break;
  }
  return details;
}

/**
 * The probability part of an event line: "31 % → 40 %", or one value when it reads the same
 * before and after (never "31 % → 31 %"); null when the event carries none.
 */
export function probabilityChange(before: number | null, after: number | null): { before?: string; after: string } | null {
  if (before === null && after === null) return null;
  if (before === null || after === null) return { after: formatPercent((after ?? before)!) };
  const shownBefore = formatPercent(before);
  const shownAfter = formatPercent(after);
  return shownBefore === shownAfter ? { after: shownAfter } : { before: shownBefore, after: shownAfter };
}
