/** Steps a days axis may use: whole days, weeks, months, quarters, years. */
const DAY_STEPS = [1, 2, 3, 5, 7, 14, 30, 60, 90, 180, 365, 730];

/**
 * Round ticks for an axis of days from 0 to `maxDays` (a fractional maximum, e.g. the last
 * reply of a curve after 58.09 days): the smallest step that needs at most `maxTicks` ticks, and
 * a domain that ends on the last tick, so every label is a whole, readable number of days.
 */
export function dayTicks(maxDays: number, maxTicks = 6): { ticks: number[]; domainMax: number } {
  const max = Number.isFinite(maxDays) && maxDays > 0 ? maxDays : 1;
  const step = DAY_STEPS.find((candidate) => Math.ceil(max / candidate) + 1 <= maxTicks) ?? Math.ceil(max / (maxTicks - 1) / 365) * 365;
  const count = Math.ceil(max / step);
  const ticks = Array.from({ length: count + 1 }, (_, index) => index * step);
  return { ticks, domainMax: ticks[ticks.length - 1]! };
}
