import { z } from "zod";
import { idParamsSchema } from "@/lib/validation/v1/common";
import {
  breakCommitmentSchema,
  checkInApiSchema,
  checkInResultSchema,
  closeCommitmentSchema,
  commitmentDetailSchema,
  commitmentListSchema,
  commitmentSchema,
  createCommitmentSchema,
  createdCommitmentSchema,
  snoozedCheckInSchema,
  updateCommitmentSchema,
} from "@/lib/validation/v1/commitments";
import { defineOperation } from "@/lib/v1/operation";

const TAG = "Commitments";
const EXAMPLE_ID = { id: "cm1c0mm1tm3nt000000000" };

export const listCommitmentsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/commitments",
  operationId: "listCommitments",
  tag: TAG,
  summary: "List commitments",
  description: "Your active block-on commitments (at most 3) with lock and streak, and the 50 most recently closed.",
  response: commitmentListSchema,
});

export const createCommitmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/commitments",
  operationId: "createCommitment",
  tag: TAG,
  summary: "Create a commitment",
  description:
    "“I block on X until <date>”: at least 7 days, at most 3 active. The start may be up to 30 days back. Days are in your time zone. " +
    "Each adds 3 to your load: when that overflows your capacity the app asks first; a script can't answer, so the API goes ahead and " +
    "lists the question in `warnings`. Send `confirmOverflow: false` to be asked instead: 409 NEEDS_CONFIRMATION, nothing saved.",
  body: createCommitmentSchema,
  response: createdCommitmentSchema,
  status: 201,
  idempotency: "transactional",
  errors: ["CONFLICT", "NEEDS_CONFIRMATION"],
  fieldNotes: {
    confirmOverflow: "Absent or true: go ahead past your capacity (listed in `warnings`). false: be asked instead (409 NEEDS_CONFIRMATION, nothing saved).",
  },
  example: { body: { title: "Ship the portfolio site", why: "It gates every application", startsOn: "2026-03-02", endsOn: "2026-03-30", cadence: "DAILY" } },
});

export const getCommitmentOperation = defineOperation({
  method: "GET",
  path: "/api/v1/commitments/{id}",
  operationId: "getCommitment",
  tag: TAG,
  summary: "Get a commitment",
  description: "One commitment with its check-ins, streak, lock and the periods that can be checked in now.",
  params: idParamsSchema,
  response: commitmentDetailSchema,
  errors: ["NOT_FOUND"],
  example: { params: EXAMPLE_ID },
});

export const updateCommitmentOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/commitments/{id}",
  operationId: "updateCommitment",
  tag: TAG,
  summary: "Update a commitment",
  description:
    "Sends every field, as the edit form does. During the first 7 days only extending the end and weekly → daily may change, and the title and " +
    "the why only within the first hour after making it (typo fixes); anything else is 409. Breaking it is always allowed.",
  params: idParamsSchema,
  body: updateCommitmentSchema,
  response: commitmentSchema,
  errors: ["NOT_FOUND", "CONFLICT"],
  example: { params: EXAMPLE_ID, body: { title: "Ship the portfolio site", why: "", endsOn: "2026-04-06", cadence: "DAILY" } },
});

export const checkInCommitmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/commitments/{id}/check-ins",
  operationId: "checkInCommitment",
  tag: TAG,
  summary: "Check in",
  description: "Kept or missed, for a day (daily) or the week's Monday (weekly) that has started. One check-in per period (a second is 409).",
  params: idParamsSchema,
  body: checkInApiSchema,
  response: checkInResultSchema,
  status: 201,
  idempotency: "claim",
  errors: ["NOT_FOUND", "CONFLICT"],
  example: { params: EXAMPLE_ID, body: { period: "2026-03-05", kept: true, note: "Two hours, no distractions" } },
});

export const breakCommitmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/commitments/{id}/break",
  operationId: "breakCommitment",
  tag: TAG,
  summary: "Mark broken",
  description: "Honestly marks an active commitment broken now, with a note. Always allowed, the lock included.",
  params: idParamsSchema,
  body: breakCommitmentSchema,
  response: commitmentSchema,
  idempotency: "transactional",
  errors: ["NOT_FOUND", "CONFLICT"],
  example: { params: EXAMPLE_ID, body: { note: "A family emergency took the week" } },
});

export const closeCommitmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/commitments/{id}/close",
  operationId: "closeCommitment",
  tag: TAG,
  summary: "Close with a verdict",
  description: "From its last day on: kept or broken, with a reflection.",
  params: idParamsSchema,
  body: closeCommitmentSchema,
  response: commitmentSchema,
  idempotency: "transactional",
  errors: ["NOT_FOUND", "CONFLICT"],
  example: { params: EXAMPLE_ID, body: { verdict: "KEPT", reflection: "Blocking made the week calm." } },
});

export const cancelCommitmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/commitments/{id}/cancel",
  operationId: "cancelCommitment",
  tag: TAG,
  summary: "Cancel",
  description: "Before it starts or after its 7-day lock; never during the lock (break it instead).",
  params: idParamsSchema,
  body: z.object({}),
  response: commitmentSchema,
  idempotency: "transactional",
  errors: ["NOT_FOUND", "CONFLICT"],
  example: { params: EXAMPLE_ID, body: {} },
});

export const snoozeCommitmentCheckInOperation = defineOperation({
  method: "POST",
  path: "/api/v1/commitments/{id}/snooze",
  operationId: "snoozeCommitmentCheckIn",
  tag: TAG,
  summary: "Put off its check-in",
  description:
    "“Later” in the daily tick: the commitment's check-in leaves the queue until the start of your next day (your time zone). " +
    "Nothing is checked in; tomorrow the skipped period comes back beside the new one.",
  params: idParamsSchema,
  body: z.object({}),
  response: snoozedCheckInSchema,
  errors: ["NOT_FOUND", "CONFLICT"],
  example: { params: EXAMPLE_ID, body: {} },
});

export const COMMITMENT_OPERATIONS = [
  listCommitmentsOperation,
  createCommitmentOperation,
  getCommitmentOperation,
  updateCommitmentOperation,
  checkInCommitmentOperation,
  breakCommitmentOperation,
  closeCommitmentOperation,
  cancelCommitmentOperation,
  snoozeCommitmentCheckInOperation,
] as const;
