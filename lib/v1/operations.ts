import { CALENDAR_FEED_OPERATIONS } from "@/lib/v1/operations/calendar-feed";
import { CALLBACK_OPERATIONS } from "@/lib/v1/operations/callbacks";
import { COMMITMENT_OPERATIONS } from "@/lib/v1/operations/commitments";
import { DATA_OPERATIONS } from "@/lib/v1/operations/data";
import { EFFORT_OPERATIONS } from "@/lib/v1/operations/effort";
import { LEARNING_OPERATIONS } from "@/lib/v1/operations/learning";
import { MAIL_OPERATIONS } from "@/lib/v1/operations/mail";
import { getOpenApiOperation } from "@/lib/v1/operations/meta";
import { PORTFOLIO_OPERATIONS } from "@/lib/v1/operations/portfolio";
import { TOKEN_OPERATIONS } from "@/lib/v1/operations/tokens";
import type { OperationSpec } from "@/lib/v1/operation";

/**
 * Every operation of API v1, in the order the reference shows them. The OpenAPI document
 * (lib/v1/openapi.ts) and the /docs/api page are generated from this list; a test walks
 * app/api/v1 and fails when a route file exports a method this list lacks (or the reverse).
 * A new resource (export, import, webhooks, kinds…) adds its operations file here.
 */
export const V1_OPERATIONS: readonly OperationSpec[] = [
  ...CALLBACK_OPERATIONS,
  ...COMMITMENT_OPERATIONS,
  ...EFFORT_OPERATIONS,
  ...PORTFOLIO_OPERATIONS,
  ...LEARNING_OPERATIONS,
  ...TOKEN_OPERATIONS,
  ...CALENDAR_FEED_OPERATIONS,
  ...DATA_OPERATIONS,
  ...MAIL_OPERATIONS,
  getOpenApiOperation,
];

/** The reference's sections, in order. */
export const V1_TAGS: readonly { name: string; description: string }[] = [
  { name: "Callbacks", description: "Pending bets: capture, update, settle, follow up, add evidence; their history." },
  { name: "Commitments", description: "Block-on commitments: at most 3 active, a 7-day lock, check-ins and streaks." },
  { name: "Effort", description: "The effort log behind the portfolio: energy points per area, optionally on a callback." },
  { name: "Areas", description: "Your energy areas and their target shares." },
  { name: "Reviews", description: "Weekly portfolio reviews, saved as immutable snapshots." },
  { name: "Load and insights", description: "The overload meter, Little's-law projection, calibration and base rates." },
  { name: "Kinds and odds", description: "Your kinds with their reply-time curves, and the chance that at least one open bet pays off by a date." },
  { name: "Settings", description: "Profile settings: time zone, capacity, name." },
  { name: "API tokens", description: "Personal API tokens (signed-in only)." },
  { name: "Calendar feed", description: "A secret iCalendar feed URL of your deadlines, follow-ups, check-ins and review day." },
  { name: "Export and import", description: "Everything as one versioned JSON file or CSV per entity; import an export or a spreadsheet of callbacks." },
  { name: "Mail", description: "The digest's outbox: what Lifeloop sent you, or kept because no mail server is configured." },
  { name: "Reference", description: "This document." },
];
