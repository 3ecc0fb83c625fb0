import { z } from "zod";
import { cancelSchema, evidenceSchema, extendSchema, followUpSchema, reopenSchema } from "@/lib/validation/callbacks";
import {
  callbackDetailSchema,
  callbackEventSchema,
  callbackListItemSchema,
  callbackSchema,
  createCallbackSchema,
  createdCallbackSchema,
  listCallbacksQuerySchema,
  patchCallbackSchema,
  settleCallbackApiSchema,
} from "@/lib/validation/v1/callbacks";
import { idParamsSchema, listOf, pageOf } from "@/lib/validation/v1/common";
import { defineOperation } from "@/lib/v1/operation";

const TAG = "Callbacks";
const EXAMPLE_ID = { id: "cm1a2b3c4d5e6f7g8h9i0j" };

export const listCallbacksOperation = defineOperation({
  method: "GET",
  path: "/api/v1/callbacks",
  operationId: "listCallbacks",
  tag: TAG,
  summary: "List callbacks",
  description:
    "Your callbacks with the list page's filters (state, area, kind, lateness, search) and sorts, a page at a time. " +
    "`state` defaults to OPEN (pending or timed out); `ALL` lists every state. Pass `nextCursor` as `cursor` for the next page " +
    "(null on the last); pages never repeat or skip a row, even while callbacks are added.",
  query: listCallbacksQuerySchema,
  response: pageOf(callbackListItemSchema),
  example: { query: { state: "ALL", sort: "deadline", limit: "50" } },
});

export const createCallbackOperation = defineOperation({
  method: "POST",
  path: "/api/v1/callbacks",
  operationId: "createCallback",
  tag: TAG,
  summary: "Capture a callback",
  description:
    "Only `title` is needed: the kind's defaults fill the deadlines, follow-ups and payoff, and the prior comes from your base rate. " +
    "A past `startedAt` logs an older bet. When the capture would overflow your capacity or compete with a running commitment, the app " +
    "asks first; a script can't answer, so the API goes ahead and lists what it would have asked in `warnings`. Send " +
    "`confirmOverflow: false` or `confirmCompeting: false` to be asked instead: the answer is then 409 NEEDS_CONFIRMATION with the " +
    "question in `error.details`, and nothing is saved.",
  body: createCallbackSchema,
  response: createdCallbackSchema,
  status: 201,
  idempotency: "transactional",
  errors: ["NEEDS_CONFIRMATION"],
  fieldNotes: {
    kind:
      "A built-in kind (JOB_APPLICATION, NETWORKING_MESSAGE, LEARNING_BET, CREATIVE_LAUNCH, HEALTH, OTHER) or the key of one of your own kinds " +
      "(GET /api/v1/kinds). Default OTHER. Each kind has its own default reply time, timeout, follow-ups and payoff.",
    energyStillNeeded: "Your estimate of the energy (points) the bet still needs; the ranking divides by it. Default: the kind's.",
    startedAt: "When you started it (a past time logs an older bet). Default now.",
    expectedReplyBy: "Soft deadline: past it the callback is overdue. Default from the kind.",
    timesOutAt: "Hard deadline: it times out by itself then. Not before expectedReplyBy. Default from the kind.",
    priorPercent: "Your prior, 1–99 %. Default: your base rate for the kind (shrunk toward the kind's default).",
    payoff: "Value if it succeeds, 1–10.",
    weight: "Mental load it adds, 0.1–10 (default 1).",
    confirmOverflow: "Absent or true: go ahead past your capacity (listed in `warnings`). false: be asked instead (409 NEEDS_CONFIRMATION, nothing saved).",
    confirmCompeting: "Absent or true: go ahead despite a running commitment in another area (recorded as an override, listed in `warnings`). false: be asked (409).",
  },
  example: { body: { title: "Application to Acme", kind: "JOB_APPLICATION", expectedReplyBy: "2026-03-15T09:00:00Z", timesOutAt: "2026-04-01T09:00:00Z", notes: "Referred by Sam" } },
});

export const getCallbackOperation = defineOperation({
  method: "GET",
  path: "/api/v1/callbacks/{id}",
  operationId: "getCallback",
  tag: TAG,
  summary: "Get a callback",
  description: "One callback with its area, the next follow-up, the actions its state allows and its whole history.",
  params: idParamsSchema,
  response: callbackDetailSchema,
  errors: ["NOT_FOUND"],
  example: { params: EXAMPLE_ID },
});

export const updateCallbackOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/callbacks/{id}",
  operationId: "updateCallback",
  tag: TAG,
  summary: "Update a callback",
  description: "Changes the fields you send on a pending callback; the others keep their value. The history records each change. The probability changes through evidence.",
  params: idParamsSchema,
  body: patchCallbackSchema,
  response: callbackSchema,
  errors: ["NOT_FOUND", "CONFLICT"],
  example: { params: EXAMPLE_ID, body: { counterparty: "Acme Corp", payoff: 8 } },
});

export const deleteCallbackOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/callbacks/{id}",
  operationId: "deleteCallback",
  tag: TAG,
  summary: "Delete a callback",
  description: "Deletes the callback and its whole history. It can't be undone.",
  params: idParamsSchema,
  status: 204,
  errors: ["NOT_FOUND"],
  example: { params: EXAMPLE_ID },
});

function action<const B extends z.ZodType>(verb: string, operationId: string, summary: string, description: string, body: B, example: unknown) {
  return defineOperation({
    method: "POST",
    path: `/api/v1/callbacks/{id}/${verb}`,
    operationId,
    tag: TAG,
    summary,
    description,
    params: idParamsSchema,
    body,
    response: callbackSchema,
    idempotency: "transactional",
    errors: ["NOT_FOUND", "CONFLICT"],
    example: { params: EXAMPLE_ID, body: example },
  });
}

export const settleCallbackOperation = action(
  "settle",
  "settleCallback",
  "Settle (fulfilled or rejected)",
  "Records the outcome. `at` is when the reply came (a past time, not before the start; default now): log replies that came earlier with it. A reply after a timeout settles it late.",
  settleCallbackApiSchema,
  { outcome: "FULFILLED", at: "2026-03-10T14:00:00Z", note: "Offer!" },
);
export const followUpCallbackOperation = action(
  "follow-up",
  "followUpCallback",
  "Log a follow-up or contact",
  "A follow-up (you nudged them) or any contact restarts the reply clock: expected-reply-by moves forward and the silence starts again.",
  followUpSchema,
  { kind: "FOLLOW_UP", note: "Sent a short check-in" },
);
export const addEvidenceOperation = action(
  "evidence",
  "addCallbackEvidence",
  "Add evidence",
  "Updates the probability: a preset (`replied_with_interest` ×3, `interview_scheduled` ×4, `passed_a_round` ×2, `polite_brush_off` ×0.3), a custom likelihood ratio, or a direct percentage. News is contact: the reply clock restarts.",
  evidenceSchema,
  { mode: "preset", presetId: "interview_scheduled" },
);
export const extendCallbackOperation = action(
  "extend",
  "extendCallback",
  "Extend the deadline",
  "Moves times-out-at (and optionally expected-reply-by) later. A timed-out callback becomes pending again.",
  extendSchema,
  { timesOutAt: "2026-05-01T09:00:00Z" },
);
export const cancelCallbackOperation = action("cancel", "cancelCallback", "Cancel", "You no longer wait on it: it leaves the load and has no outcome.", cancelSchema, { note: "Position filled internally" });
export const reopenCallbackOperation = action(
  "reopen",
  "reopenCallback",
  "Reopen",
  "Makes a settled, timed-out or cancelled callback pending again; the reply clock restarts from now.",
  reopenSchema,
  { timesOutAt: "2026-05-01T09:00:00Z" },
);

export const listCallbackEventsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/callbacks/{id}/events",
  operationId: "listCallbackEvents",
  tag: TAG,
  summary: "A callback's history",
  description: "Every event of the callback (created, edits, evidence, follow-ups, settlement…), oldest first. The history is append-only.",
  params: idParamsSchema,
  response: listOf(callbackEventSchema),
  errors: ["NOT_FOUND"],
  example: { params: EXAMPLE_ID },
});

export const CALLBACK_OPERATIONS = [
  listCallbacksOperation,
  createCallbackOperation,
  getCallbackOperation,
  updateCallbackOperation,
  deleteCallbackOperation,
  settleCallbackOperation,
  followUpCallbackOperation,
  addEvidenceOperation,
  extendCallbackOperation,
  cancelCallbackOperation,
  reopenCallbackOperation,
  listCallbackEventsOperation,
] as const;
