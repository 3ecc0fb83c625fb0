/**
 * `<input type="datetime-local">` speaks the browser's wall-clock time; the server wants instants.
 * These convert both ways in the browser's own zone.
 */

const pad = (value: number) => String(value).padStart(2, "0");

/** A Date as a datetime-local value ("2025-03-03T14:05") in the runtime's local zone. */
export function toDateTimeLocal(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A datetime-local value as an ISO instant; undefined when blank. A value the browser couldn't
 * parse is passed through unchanged, so the server's validation reports it next to the field.
 */
export function fromDateTimeLocal(value: string | null | undefined): string | undefined {
  const text = (value ?? "").trim();
  if (text === "") return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

/** `date` plus `days` calendar days at the same local wall-clock time. */
export function addLocalDays(date: Date, days: number): Date {
  const next = new Date(date.getTime());
  next.setDate(next.getDate() + days);
  return next;
}
