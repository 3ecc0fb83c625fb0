import { isInstantInWindow } from "@/lib/validation/primitives";

/** The date columns of a callback a read shows or computes with. */
export const CALLBACK_DATE_FIELDS = ["startedAt", "expectedReplyBy", "timesOutAt", "lastContactAt", "settledAt"] as const;
export type CallbackDateField = (typeof CALLBACK_DATE_FIELDS)[number];

/**
 * The date fields of a stored callback that a read can't use: not a valid date (Postgres holds
 * years JavaScript can't, e.g. 10000-01-01 written by hand in SQL) or outside 1970–2200, which
 * validation never lets in. Such a row is shown as damaged instead of failing the whole page or
 * list. Null and absent fields are fine.
 */
export function damagedDateFields(row: Partial<Record<CallbackDateField, Date | null>>): CallbackDateField[] {
  return CALLBACK_DATE_FIELDS.filter((field) => {
    const value = row[field];
    return value instanceof Date && !isInstantInWindow(value);
  });
}

/** A date a JSON answer can carry: null for a damaged one. */
export function readableDate(value: Date): Date | null;
export function readableDate(value: Date | null): Date | null;
export function readableDate(value: Date | null): Date | null {
  return value && isInstantInWindow(value) ? value : null;
}

export const DAMAGED_MESSAGE = "Some of its dates can't be read (they were stored outside 1970–2200). Edit its dates or delete it.";
