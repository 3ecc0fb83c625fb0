import { APP_ERROR_STATUS, type AppErrorCode } from "@/lib/errors";
import { errorSchema } from "@/lib/validation/v1/common";
import { tokenRateLimit } from "@/lib/server/tokens/token-rate-limit";
import { type JsonSchema, toJsonSchema } from "@/lib/v1/json-schema";
import type { OperationSpec } from "@/lib/v1/operation";
import { V1_OPERATIONS, V1_TAGS } from "@/lib/v1/operations";

/** Errors any authenticated operation can answer, on top of each operation's own. */
const COMMON_ERRORS: readonly AppErrorCode[] = ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "INVALID", "RATE_LIMITED", "INTERNAL", "UNAVAILABLE"];

const STATUS_TEXT: Record<number, string> = {
  400: "The body is not JSON.",
  401: "No valid session cookie or API token (a revoked token is refused at once).",
  403: "Not allowed: a read token writing, a token on a signed-in-only route, or a cookie write from another site.",
  404: "Not found (someone else's item is not found too).",
  409: "A rule or a concurrent change refused it, a question needs an answer (NEEDS_CONFIRMATION), or a request with the same Idempotency-Key is still running.",
  413: "The body is too large.",
  415: "Send the body as application/json.",
  422: "The input is not valid: `error.fields` has a message per field.",
  429: "More than the token's requests per minute: retry after `Retry-After` seconds.",
  500: "Something went wrong on the server; nothing was saved.",
  503: "The database is unreachable; nothing was saved. Retry after `Retry-After` seconds.",
};

const SUCCESS_TEXT: Record<number, string> = { 200: "OK", 201: "Created", 204: "Done; no content." };

function objectProperties(schema: JsonSchema): { properties: Record<string, JsonSchema>; required: Set<string> } {
  return {
    properties: (schema.properties ?? {}) as Record<string, JsonSchema>,
    required: new Set((schema.required ?? []) as string[]),
  };
}

function parametersOf(operation: OperationSpec): JsonSchema[] {
  const parameters: JsonSchema[] = [];
  if (operation.params) {
    for (const [name, schema] of Object.entries(objectProperties(toJsonSchema(operation.params, "input")).properties)) {
      parameters.push({ name, in: "path", required: true, schema });
    }
  }
  if (operation.query) {
    const { properties, required } = objectProperties(toJsonSchema(operation.query, "input"));
    for (const [name, schema] of Object.entries(properties)) {
      const { description, ...rest } = schema;
      parameters.push({ name, in: "query", required: required.has(name), schema: rest, ...(description ? { description } : {}) });
    }
  }
  if (operation.method === "POST") {
    parameters.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "Makes a retry safe: a request with the same key (same user, same path) within 24 hours gets the first answer again (same status and body, header Idempotent-Replayed: true) and writes nothing; the same key with another body is 422; while the first is still running, 409.",
      schema: { type: "string", minLength: 1, maxLength: 255 },
    });
  }
  return parameters;
}

function responsesOf(operation: OperationSpec): Record<string, JsonSchema> {
  const status = operation.status ?? 200;
  const responses: Record<string, JsonSchema> = {
    [String(status)]: operation.response
      ? {
          description: SUCCESS_TEXT[status] ?? "OK",
          content: {
            "application/json": { schema: toJsonSchema(operation.response, "output") },
            ...Object.fromEntries((operation.produces ?? []).map((type) => [type, { schema: { type: "string" } }])),
          },
        }
      : { description: SUCCESS_TEXT[status] ?? "Done" },
  };
  const codes = operation.auth === "public" ? ["INTERNAL" as const, ...(operation.errors ?? [])] : [...COMMON_ERRORS, ...(operation.errors ?? [])];
  if (operation.body && operation.auth !== "public") codes.push("PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE");
  if (operation.method === "POST") codes.push("CONFLICT");
  for (const httpStatus of [...new Set(codes.map((code) => APP_ERROR_STATUS[code]))].sort()) {
    const retry = httpStatus === 429 || httpStatus === 503;
    responses[String(httpStatus)] = {
      description: STATUS_TEXT[httpStatus] ?? "Error",
      ...(retry ? { headers: { "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer" } } } } : {}),
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return responses;
}

function bodySchemaOf(operation: OperationSpec): JsonSchema {
  const schema = toJsonSchema(operation.body!, "input");
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [field, note] of Object.entries(operation.fieldNotes ?? {})) if (properties[field]) properties[field] = { ...properties[field], description: note };
  return schema;
}

function securityOf(operation: OperationSpec): JsonSchema[] {
  if (operation.auth === "public") return [];
  if (operation.auth === "session") return [{ sessionCookie: [] }];
  return [{ bearerToken: [] }, { sessionCookie: [] }];
}

/**
 * The OpenAPI 3.1 document of API v1, generated from the operations table and the zod schemas
 * the routes parse with (lib/v1/operations.ts), so it describes exactly what they accept and
 * answer. `serverUrl` is the app's origin when known.
 */
export function buildOpenApiDocument(options: { serverUrl?: string; operations?: readonly OperationSpec[] } = {}): JsonSchema {
  const operations = options.operations ?? V1_OPERATIONS;
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const operation of operations) {
    const entry: JsonSchema = {
      operationId: operation.operationId,
      tags: [operation.tag],
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      security: securityOf(operation),
      parameters: parametersOf(operation),
      ...(operation.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": { schema: bodySchemaOf(operation) },
                ...Object.fromEntries((operation.bodyTypes ?? []).map((type) => [type, { schema: { type: "string" } }])),
              },
            },
          }
        : {}),
      responses: responsesOf(operation),
    };
    (paths[operation.path] ??= {})[operation.method.toLowerCase()] = entry;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Lifeloop API",
      version: "1.0.0",
      description:
        "Your callbacks, commitments, effort, reviews and settings. Authenticate with a personal API token (`Authorization: Bearer ll_…`, " +
        "created in Settings → API tokens; `read` tokens can only read) or, from Lifeloop's own pages, the session cookie. Every failure " +
        `answers \`{ "error": { "code", "message", "fields"?, "details"? } }\`. Each token may make ${tokenRateLimit()} requests a minute.`,
    },
    servers: [{ url: options.serverUrl ?? "/" }],
    tags: V1_TAGS.filter((tag) => operations.some((operation) => operation.tag === tag.name)),
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", bearerFormat: "ll_ + 43 characters", description: "A personal API token from Settings → API tokens." },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The signed-in browser session (`__Secure-next-auth.session-token` over https). Writes need a same-origin `Origin` and a JSON body.",
        },
      },
      schemas: { Error: toJsonSchema(errorSchema, "output") },
    },
  };
}
