import { idParamsSchema, listOf } from "@/lib/validation/v1/common";
import { apiTokenSchema, createTokenSchema, createdTokenSchema } from "@/lib/validation/v1/tokens";
import { defineOperation } from "@/lib/v1/operation";

const TAG = "API tokens";

export const listTokensOperation = defineOperation({
  method: "GET",
  path: "/api/v1/tokens",
  operationId: "listTokens",
  tag: TAG,
  summary: "List your API tokens",
  description: "Your active tokens with when they were created and last used (to the minute). Signed-in only: tokens can't manage tokens.",
  auth: "session",
  response: listOf(apiTokenSchema),
});

export const createTokenOperation = defineOperation({
  method: "POST",
  path: "/api/v1/tokens",
  operationId: "createToken",
  tag: TAG,
  summary: "Create an API token",
  description:
    "Creates a personal API token (`ll_` + 43 characters) with a scope: `read` (GET only) or `read-write`. The token is in this answer only; " +
    "Lifeloop stores its SHA-256. Signed-in only (the session cookie): a token can't create tokens.",
  auth: "session",
  body: createTokenSchema,
  response: createdTokenSchema,
  status: 201,
  idempotency: "claim",
  secretFields: ["token"],
  example: { body: { name: "Nightly backup script", scope: "read" } },
});

export const revokeTokenOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/tokens/{id}",
  operationId: "revokeToken",
  tag: TAG,
  summary: "Revoke an API token",
  description: "The token stops working with the next request. Signed-in only.",
  auth: "session",
  params: idParamsSchema,
  status: 204,
  errors: ["NOT_FOUND"],
  example: { params: { id: "cm1tok3n1d0000000000000" } },
});

export const TOKEN_OPERATIONS = [listTokensOperation, createTokenOperation, revokeTokenOperation] as const;
