import { idParamsSchema, pageOf } from "@/lib/validation/v1/common";
import { createEffortSchema, effortEntrySchema, listEffortQuerySchema, patchEffortSchema } from "@/lib/validation/v1/effort";
import { defineOperation } from "@/lib/v1/operation";

const TAG = "Effort";
const EXAMPLE_ID = { id: "3f2b9a1c-5d7e-4f60-9a8b-1c2d3e4f5a6b" };

export const listEffortOperation = defineOperation({
  method: "GET",
  path: "/api/v1/effort-entries",
  operationId: "listEffortEntries",
  tag: TAG,
  summary: "List effort entries",
  description: "Your effort log, newest first, between `from` and `to` (days in your time zone, both included, either optional), a page at a time.",
  query: listEffortQuerySchema,
  response: pageOf(effortEntrySchema),
  example: { query: { from: "2026-03-01", to: "2026-03-31" } },
});

export const createEffortOperation = defineOperation({
  method: "POST",
  path: "/api/v1/effort-entries",
  operationId: "logEffort",
  tag: TAG,
  summary: "Log effort",
  description: "Energy points (and optionally minutes) on one of your active areas, on a day (default today; never a future day), optionally on a callback, whose effort grows with it.",
  body: createEffortSchema,
  response: effortEntrySchema,
  status: 201,
  idempotency: "claim",
  example: { body: { areaId: "cm1ar3a000000000000000", points: 2, minutes: 45, note: "Tailored the CV" } },
});

export const updateEffortOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/effort-entries/{id}",
  operationId: "updateEffortEntry",
  tag: TAG,
  summary: "Update an effort entry",
  description: "Changes the fields you send (area, points, minutes, note, day); the callback it is tied to stays.",
  params: idParamsSchema,
  body: patchEffortSchema,
  response: effortEntrySchema,
  errors: ["NOT_FOUND"],
  example: { params: EXAMPLE_ID, body: { points: 3 } },
});

export const deleteEffortOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/effort-entries/{id}",
  operationId: "deleteEffortEntry",
  tag: TAG,
  summary: "Delete an effort entry",
  description: "A tied callback's effort drops by its points.",
  params: idParamsSchema,
  status: 204,
  errors: ["NOT_FOUND"],
  example: { params: EXAMPLE_ID },
});

export const EFFORT_OPERATIONS = [listEffortOperation, createEffortOperation, updateEffortOperation, deleteEffortOperation] as const;
