import { TZDate } from "@date-fns/tz";
import { assertValidDate } from "./errors";
import { assertTimeZone, dayKeyInZone } from "./time";

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export const DEFAULT_DIGEST_HOUR = 8;

/** A delivery is retried for this long after the message was created, then given up. */
export const GIVE_UP_AFTER_MS = 24 * 3_600_000;
/** The first retry waits a minute; each next one twice as long, at most an hour. */
export const FIRST_RETRY_MS = 60_000;
export const MAX_RETRY_MS = 3_600_000;

export type LocalClock = { dayKey: string; hour: number; isoWeekday: number };

/** The wall clock in `zone` at `now`: its calendar day, hour (0–23) and ISO weekday. */
export function localClock(now: Date, zone: string): LocalClock {
  assertValidDate(now, "Now");
  assertTimeZone(zone);
  const local = new TZDate(now.getTime(), zone);
  const day = local.getDay();
  return { dayKey: dayKeyInZone(now, zone), hour: local.getHours(), isoWeekday: day === 0 ? 7 : day };
}

export type DigestSchedule = { timeZone: string; digestHour: number; digestDays: readonly number[] };

/**
 * Whether the day's digest may go out at `now`: the local day is one of the chosen weekdays and
 * its chosen hour has begun. Once begun it stays due for the rest of the local day, so a server
 * that was down during the hour sends it late (once: the day is the delivery's unique key). On a
 * spring-forward day whose chosen hour does not exist (02:00 in Berlin), it is due from the first
 * hour after the gap; on a fall-back day the hour happens twice, the day key still once.
 */
export function digestSlot(schedule: DigestSchedule, now: Date): { due: boolean; dayKey: string; isoWeekday: number } {
  const clock = localClock(now, schedule.timeZone);
  const due = schedule.digestDays.includes(clock.isoWeekday) && clock.hour >= schedule.digestHour;
  return { due, dayKey: clock.dayKey, isoWeekday: clock.isoWeekday };
}

/** The wait before retry number `attempts` + 1 after `attempts` failed deliveries (≥ 1). */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, Math.floor(attempts) - 1);
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(exponent, 30));
}

/**
 * After a failed delivery at `now`: when to try again, or to give up (a day after the message was
 * created; the failure then stays visible in Settings).
 */
export function afterFailure(input: { createdAt: Date; attempts: number; now: Date }): { giveUp: true } | { giveUp: false; retryAt: Date } {
  assertValidDate(input.now, "Now");
  const retryAt = new Date(input.now.getTime() + retryDelayMs(input.attempts));
  if (retryAt.getTime() - input.createdAt.getTime() > GIVE_UP_AFTER_MS) return { giveUp: true };
  return { giveUp: false, retryAt };
}

/** "Monday, Wednesday and Friday", "every day", "no days". */
export function describeWeekdays(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((day) => day >= 1 && day <= 7).sort((a, b) => a - b);
  if (sorted.length === 7) return "every day";
  if (sorted.length === 0) return "no days";
  const names = sorted.map((day) => WEEKDAY_NAMES[day - 1]!);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
