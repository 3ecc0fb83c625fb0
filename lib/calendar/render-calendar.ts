import ical, { ICalAlarmType } from "ical-generator";
import type { FeedEvent } from "@/lib/domain/calendar-events";

/**
 * The calendar renderer: the feed's planned events as an RFC 5545 VCALENDAR (ical-generator).
 * Instants are written in UTC ("…Z"), which every calendar converts to its own zone; days are
 * DATE values (the same day everywhere), with the user's zone named in X-WR-TIMEZONE. Nothing here
 * reads the clock, so the same events give byte-identical output (the ETag depends on it).
 */
export function renderCalendar(input: { name: string; timeZone: string; events: readonly FeedEvent[] }): string {
  const calendar = ical({
    name: input.name,
    prodId: { company: "Lifeloop", product: "Lifeloop calendar feed", language: "EN" },
    // Calendar apps that honour it refresh hourly (REFRESH-INTERVAL / X-PUBLISHED-TTL).
    ttl: 60 * 60,
    x: { "X-WR-TIMEZONE": input.timeZone },
  });
  for (const event of input.events) {
    const common = {
      id: event.uid,
      sequence: event.sequence,
      stamp: event.stamp,
      summary: event.summary,
      description: event.description,
      url: event.url,
    };
    if (event.kind === "timed") {
      calendar.createEvent({
        ...common,
        start: event.start,
        end: event.end,
        alarms: event.alarmSecondsBefore === null ? [] : [{ type: ICalAlarmType.display, trigger: event.alarmSecondsBefore, description: event.summary }],
      });
    } else {
      calendar.createEvent({
        ...common,
        start: new Date(`${event.day}T00:00:00Z`),
        allDay: true,
        repeating: event.rrule,
      });
    }
  }
  return calendar.toString();
}
