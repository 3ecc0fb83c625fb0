import type { CommitmentSchedule } from "./commitments";
import { currentPeriod, periodBounds, shiftPeriod } from "./commitment-check-ins";

/**
 * The check-in period that has just dropped out of the daily tick (which asks about the current and
 * the previous period), for the webhook's commitment.check_in_missed when it has no check-in:
 * YYYY-MM-DD when that period is within the commitment at `now` in `zone`, else null.
 */
export function periodJustMissed(schedule: CommitmentSchedule, now: Date, zone: string): string | null {
  const period = shiftPeriod(schedule.cadence, currentPeriod(schedule.cadence, now, zone), -2);
  const { first, last } = periodBounds(schedule);
  return period >= first && period <= last ? period : null;
}
