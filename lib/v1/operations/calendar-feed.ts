import { calendarFeedSchema } from "@/lib/validation/v1/calendar-feed";
import { defineOperation } from "@/lib/v1/operation";

const TAG = "Calendar feed";

export const rotateCalendarFeedOperation = defineOperation({
  method: "POST",
  path: "/api/v1/calendar-feed",
  operationId: "rotateCalendarFeed",
  tag: TAG,
  summary: "Create or rotate your calendar feed",
  description:
    "Makes a new secret iCalendar feed URL (deadlines, expected replies, follow-ups, commitment ends and check-ins, the review day) " +
    "that calendar apps subscribe to without signing in. Any earlier feed URL stops working at once (it answers 410). " +
    "The URL is in this answer only; Lifeloop stores a SHA-256 of its token.",
  response: calendarFeedSchema,
  status: 201,
  idempotency: "claim",
  secretFields: ["url"],
});

export const revokeCalendarFeedOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/calendar-feed",
  operationId: "revokeCalendarFeed",
  tag: TAG,
  summary: "Turn off your calendar feed",
  description: "The feed URL stops working at once (it answers 410). Succeeds also when no feed was on.",
  status: 204,
});

export const CALENDAR_FEED_OPERATIONS = [rotateCalendarFeedOperation, revokeCalendarFeedOperation] as const;
