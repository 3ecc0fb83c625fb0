import { spentAtForDay } from "@/lib/domain/portfolio";
import { dayKeyInZone } from "@/lib/domain/time";
import { AppError } from "@/lib/errors";

/**
 * The stored instant for a form's day (blank: today) in the user's zone — now for today, noon of
 * the day otherwise (lib/domain/portfolio.ts `spentAtForDay`) — refusing days after today.
 */
export function resolveSpentAt(day: string | undefined, zone: string, now: Date): Date {
  const today = dayKeyInZone(now, zone);
  const key = day ?? today;
  if (key > today) throw new AppError("INVALID", "Effort can't be logged for a day that hasn't come yet.", { day: ["Pick today or an earlier day."] });
  try {
    return spentAtForDay(key, now, zone);
  } catch {
    throw new AppError("INVALID", "Pick a valid day.", { day: ["Pick a valid day."] });
  }
}
