// The calendar feed as a calendar app sees it: fetched from the route handler in-process, parsed
// with ical.js (an independent parser, not the library that wrote it).
import ICAL from "ical.js";
import { GET } from "@/app/api/calendar/[file]/route";
import { ORIGIN } from "../api/helpers";

export type FetchedFeed = { status: number; headers: Headers; text: string };

/** GET of a feed URL (absolute, or a path), optionally with If-None-Match. */
export async function fetchFeed(url: string, headers: Record<string, string> = {}): Promise<FetchedFeed> {
  const parsed = new URL(url, ORIGIN);
  const match = /^\/api\/calendar\/([^/]+)$/.exec(parsed.pathname);
  if (!match) throw new Error(`not a feed URL: ${url}`);
  const response = await GET(new Request(parsed, { headers }), { params: Promise.resolve({ file: decodeURIComponent(match[1]!) }) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

export type ParsedEvent = {
  uid: string;
  summary: string;
  sequence: number;
  dtstamp: string;
  start: ICAL.Time;
  end: ICAL.Time | null;
  rrule: string | null;
  alarms: { action: string; trigger: string }[];
};

/** The feed parsed with ical.js: the calendar's properties and its events by UID. */
export function parseFeed(text: string): { calendar: ICAL.Component; events: Map<string, ParsedEvent> } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = new Map<string, ParsedEvent>();
  for (const vevent of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(vevent);
    const rrule = vevent.getFirstPropertyValue("rrule");
    events.set(event.uid, {
      uid: event.uid,
      summary: event.summary,
      sequence: event.sequence,
      dtstamp: String(vevent.getFirstPropertyValue("dtstamp")),
      start: event.startDate,
      end: vevent.hasProperty("dtend") ? event.endDate : null,
      rrule: rrule ? String(rrule) : null,
      alarms: vevent.getAllSubcomponents("valarm").map((alarm) => ({
        action: String(alarm.getFirstPropertyValue("action")),
        trigger: String(alarm.getFirstPropertyValue("trigger")),
      })),
    });
  }
  return { calendar, events };
}
