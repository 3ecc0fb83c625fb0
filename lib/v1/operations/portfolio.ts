import { listOf } from "@/lib/validation/v1/common";
import { areaSchema, putAreasSchema } from "@/lib/validation/v1/areas";
import { insightsSchema } from "@/lib/validation/v1/insights";
import { loadSchema } from "@/lib/validation/v1/load";
import { completeReviewApiSchema, reviewSummarySchema, weekParamsSchema, weeklyReviewSchema } from "@/lib/validation/v1/reviews";
import { patchSettingsSchema, settingsSchema } from "@/lib/validation/v1/settings";
import { defineOperation } from "@/lib/v1/operation";

export const listAreasOperation = defineOperation({
  method: "GET",
  path: "/api/v1/areas",
  operationId: "listAreas",
  tag: "Areas",
  summary: "List areas",
  description: "Your energy areas in order, with target shares (archived ones flagged).",
  response: listOf(areaSchema),
});

export const putAreasOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/areas",
  operationId: "saveAreas",
  tag: "Areas",
  summary: "Save areas and targets",
  description:
    "The whole list, in order, as Settings saves it: renames, colours, targets (active areas sum to 100), archiving, new areas (no id). " +
    "Every existing area must be in it (areas are archived, never dropped).",
  body: putAreasSchema,
  response: listOf(areaSchema),
  errors: ["NOT_FOUND", "CONFLICT"],
  example: {
    body: {
      areas: [
        { id: "cm1ar3a000000000000001", name: "Health", color: "#10b981", targetPct: 30, isArchived: false },
        { id: "cm1ar3a000000000000002", name: "Specific Knowledge", color: "#3b82f6", targetPct: 70, isArchived: false },
      ],
    },
  },
});

export const listReviewsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/reviews",
  operationId: "listReviews",
  tag: "Reviews",
  summary: "List completed reviews",
  description: "Your completed weekly reviews, newest week first (two years' worth), with their key figures.",
  response: listOf(reviewSummarySchema),
});

export const getReviewOperation = defineOperation({
  method: "GET",
  path: "/api/v1/reviews/{week}",
  operationId: "getReview",
  tag: "Reviews",
  summary: "Get a week's review",
  description: "A week (named by its Monday, YYYY-MM-DD, in your time zone): its snapshot once completed, live figures while it is open.",
  params: weekParamsSchema,
  response: weeklyReviewSchema,
  errors: ["NOT_FOUND"],
  example: { params: { week: "2026-03-02" } },
});

export const completeReviewOperation = defineOperation({
  method: "POST",
  path: "/api/v1/reviews/{week}/complete",
  operationId: "completeReview",
  tag: "Reviews",
  summary: "Complete a week's review",
  description: "Saves the week's figures as an immutable snapshot with your reflections (at least one). A week is completed once (a second time is 409).",
  params: weekParamsSchema,
  body: completeReviewApiSchema,
  response: weeklyReviewSchema,
  status: 201,
  idempotency: "claim",
  errors: ["NOT_FOUND", "CONFLICT"],
  example: { params: { week: "2026-03-02" }, body: { stopDoing: "Cold applications", doubleDown: "Referrals", blockOn: "The portfolio site" } },
});

export const getLoadOperation = defineOperation({
  method: "GET",
  path: "/api/v1/load",
  operationId: "getLoad",
  tag: "Load and insights",
  summary: "Load and capacity",
  description: "The overload meter: load against capacity, its level, and the Little's-law projection of the open threads you will carry at this pace.",
  response: loadSchema,
});

export const getInsightsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/insights",
  operationId: "getInsights",
  tag: "Load and insights",
  summary: "Insights",
  description: "Calibration (11 buckets with Wilson intervals), Brier scores before and after your updates, base rates per kind and area, payoffs.",
  response: insightsSchema,
});

export const getSettingsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/settings",
  operationId: "getSettings",
  tag: "Settings",
  summary: "Get settings",
  response: settingsSchema,
});

export const patchSettingsOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/settings",
  operationId: "updateSettings",
  tag: "Settings",
  summary: "Update settings",
  description:
    "Changes the settings you send (`name`, `timeZone`, `capacity`, and the digest's `digestEnabled`, `digestHour`, `digestDays`, `reviewDay`); " +
    "unknown fields are refused.",
  body: patchSettingsSchema,
  response: settingsSchema,
  example: { body: { timeZone: "Europe/Berlin", capacity: 8, digestEnabled: true, digestHour: 8, reviewDay: 7 } },
});

export const PORTFOLIO_OPERATIONS = [
  listAreasOperation,
  putAreasOperation,
  listReviewsOperation,
  getReviewOperation,
  completeReviewOperation,
  getLoadOperation,
  getInsightsOperation,
  getSettingsOperation,
  patchSettingsOperation,
] as const;
