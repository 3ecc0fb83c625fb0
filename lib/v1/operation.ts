import type { z } from "zod";
import type { AppErrorCode } from "@/lib/errors";

/**
 * One operation of API v1, described once: its method and path, who may call it, and the zod
 * schemas of its path parameters, query, body and answer. The route file binds a handler to it
 * (lib/v1/route.ts parses with these very schemas), and the OpenAPI document and the /docs/api
 * page are generated from the same objects (lib/v1/operations.ts lists them all), so the
 * documentation cannot drift from what the routes accept.
 */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type OperationSpec = {
  method: HttpMethod;
  /** OpenAPI path template, e.g. "/api/v1/callbacks/{id}" (the route folder's [id]). */
  path: `/api/v1${string}`;
  /** Unique, camelCase: what scripts (and the OpenAPI document) call it by. */
  operationId: string;
  /** The section of the reference it belongs to. */
  tag: string;
  summary: string;
  description?: string;
  /** any (default): a session cookie or a personal API token; session: the signed-in person only; public: nobody needs to sign in. */
  auth?: "any" | "session" | "public";
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The JSON answer on success; none means 204 No Content. */
  response?: z.ZodType;
  status?: 200 | 201 | 204;
  /**
   * POST only: how Idempotency-Key is kept. "transactional": the write records the key in its own
   * transaction (a crashed attempt is safely taken over, a finished one rebuilt); "claim": the key
   * is claimed before the write and answered after it.
   */
  idempotency?: "transactional" | "claim";
  /** Descriptions of body fields whose schema is shared with a form (and so carries none), for the reference. */
  fieldNotes?: Readonly<Record<string, string>>;
  /** Top-level answer fields never kept with an Idempotency-Key (secrets): a replay has null there. */
  secretFields?: readonly string[];
  /** The error codes worth naming for this operation (401/403/422/429/500/503 apply everywhere). */
  errors?: readonly AppErrorCode[];
  /** Request body types accepted besides JSON (e.g. "text/csv"): the handler gets such a body as text. */
  bodyTypes?: readonly string[];
  /** Largest body accepted, in bytes (default lib/api.ts's 1 MB). */
  maxBodyBytes?: number;
  /** Answer types besides JSON (e.g. "text/csv"), chosen by the query; the handler then returns a Response. */
  produces?: readonly string[];
  /** Values for the reference's curl example. */
  example?: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown };
};

export function defineOperation<const O extends OperationSpec>(operation: O): O {
  return operation;
}

/** The parsed value of an optional schema (undefined when the operation has none). */
export type Parsed<S> = S extends z.ZodType ? z.infer<S> : undefined;
