import type { z } from "zod";
import { getRequestUser } from "@/lib/auth";
import { toAppError } from "@/lib/api-errors";
import { APP_ERROR_STATUS, AppError, type AppErrorCode } from "@/lib/errors";
import { jsonResponse } from "@/lib/json-response";
import { log } from "@/lib/log";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import type { UserProfile } from "@/lib/server/users/get-user";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

/**
 * Route handlers' plumbing: one wrapper for every JSON route. It authenticates (session cookie or
 * a personal API token), refuses cross-site use of the cookie (CSRF), reads and bounds the body,
 * runs the handler, and turns every failure into the one error shape:
 *
 *   { "error": { "code": "INVALID", "message": "…", "fields"?: { "title": ["…"] } } }
 *
 * with the status of its code (see APP_ERROR_STATUS): zod → 422, not found or not yours → 404,
 * a domain rule → 409, the database unreachable → 503 with Retry-After, anything else → 500
 * without details (logged with the request id, which every response carries in X-Request-Id).
 */

export type ApiAuth = { kind: "session" } | { kind: "token"; tokenId: string; scope: "read" | "read-write" };

export type ApiContext<P> = {
  request: Request;
  user: UserProfile;
  auth: ApiAuth;
  params: P;
  requestId: string;
};

export type ApiRouteOptions = {
  /** Body content types accepted on writes (default: JSON only). Never a CORS-"simple" type for cookies. */
  bodyTypes?: readonly string[];
  /** Largest body accepted, in bytes (default 1 MB). */
  maxBodyBytes?: number;
  /** Refuse personal API tokens (e.g. creating tokens needs the signed-in person). */
  sessionOnly?: boolean;
};

type RouteContext<P> = { params: Promise<P> };

export type RouteHandler<P> = (request: Request, context: RouteContext<P>) => Promise<Response>;

/**
 * Authenticates a bearer token. Registered by the personal-token module so this file does not
 * depend on it; without one, every bearer token is refused.
 */
export type BearerAuthenticator = (token: string, request: Request) => Promise<{ user: UserProfile; auth: ApiAuth }>;
let bearerAuthenticator: BearerAuthenticator | null = null;
export function registerBearerAuthenticator(authenticate: BearerAuthenticator): void {
  bearerAuthenticator = authenticate;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const JSON_TYPES = ["application/json"] as const;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** What an HTML form or a no-preflight fetch can send cross-site: never accepted with a cookie. */
const SIMPLE_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]);

function requestIdOf(request: Request): string {
  return requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
}

/** A JSON response in the API's shape of success. */
export function json(data: unknown, init: number | ResponseInit = 200): Response {
  return jsonResponse(data, typeof init === "number" ? { status: init } : init);
}

/** The one error body. */
export function errorBody(code: AppErrorCode, message: string, fields?: Record<string, string[]>, details?: Record<string, unknown>) {
  return { error: { code, message, ...(fields && Object.keys(fields).length > 0 ? { fields } : {}), ...(details ? { details } : {}) } };
}

export function errorResponse(code: AppErrorCode, message: string, options: { fields?: Record<string, string[]>; details?: Record<string, unknown>; retryAfterSeconds?: number; requestId?: string } = {}): Response {
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (options.retryAfterSeconds !== undefined) headers.set("Retry-After", String(Math.max(1, Math.ceil(options.retryAfterSeconds))));
  if (options.requestId) headers.set("X-Request-Id", options.requestId);
  return jsonResponse(errorBody(code, message, options.fields, options.details), { status: APP_ERROR_STATUS[code], headers });
}

/** The JSON error response for anything thrown; logs what was unexpected. */
export function respondToError(error: unknown, requestId: string, where: string): Response {
  const { error: appError, unexpected } = toAppError(error);
  if (unexpected) log.error({ err: error, requestId, where }, "request failed");
  else if (appError.code === "UNAVAILABLE") log.warn({ requestId, where, code: appError.code }, "database unavailable");
  return errorResponse(appError.code, appError.message, {
    fields: appError.fieldErrors,
    details: appError.details,
    retryAfterSeconds: appError.retryAfterSeconds,
    requestId,
  });
}

function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

function hasBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  if (length !== null) return length.trim() !== "0";
  return request.headers.has("transfer-encoding") || (request.body !== null && request.method !== "DELETE");
}

/** The host the browser addressed (behind a proxy, the forwarded one). */
function requestHost(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("host") || (() => {
    try {
      return new URL(request.url).host;
    } catch {
      return null;
    }
  })();
}

/**
 * A cookie-authenticated write must come from a page of this site: its `Origin` names this host
 * (scheme and port included), or, without an Origin, the browser says `Sec-Fetch-Site:
 * same-origin`. Anything else (another site, another port of this host, no evidence) is refused.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") {
    try {
      return new URL(origin).host.toLowerCase() === requestHost(request)?.toLowerCase();
    } catch {
      return false;
    }
  }
  return request.headers.get("sec-fetch-site") === "same-origin";
}

async function authenticate(request: Request, options: ApiRouteOptions): Promise<{ user: UserProfile; auth: ApiAuth }> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new AppError("UNAUTHORIZED", "The Authorization header must be `Bearer <token>`.");
    if (options.sessionOnly) throw new AppError("FORBIDDEN", "This needs you signed in; API tokens can't do it.");
    if (!bearerAuthenticator) throw new AppError("UNAUTHORIZED", "That API token is not valid.");
    return bearerAuthenticator(match[1]!, request);
  }
  const user = await getRequestUser(request);
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in first, or send a personal API token.");
  return { user, auth: { kind: "session" } };
}

function checkWrite(request: Request, auth: ApiAuth, options: ApiRouteOptions): void {
  if (SAFE_METHODS.has(request.method)) return;
  const accepted = options.bodyTypes ?? JSON_TYPES;
  const type = mediaType(request);
  const withBody = hasBody(request);
  if (auth.kind === "session") {
    if (!isSameOrigin(request)) {
      throw new AppError("FORBIDDEN", "Cross-site request refused: changes with your session must come from Lifeloop's own pages (or use an API token).");
    }
    if (withBody && (SIMPLE_TYPES.has(type) || !accepted.includes(type))) {
      throw new AppError("FORBIDDEN", `Send the body as ${accepted.join(" or ")}.`);
    }
    return;
  }
  if (auth.scope !== "read-write") throw new AppError("FORBIDDEN", "This API token can only read. Create a read-write token to make changes.");
  if (withBody && !accepted.includes(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send the body as ${accepted.join(" or ")}.`);
  }
}

const BODY_LIMIT = Symbol("lifeloop.maxBodyBytes");
type WithLimit = Request & { [BODY_LIMIT]?: number };

/**
 * Wraps a route handler: authentication, CSRF and scope checks, params, error mapping, request id.
 * `handler` gets the signed-in user; it parses its own input with `readBody` / `readQuery`.
 */
export function apiRoute<P = Record<string, string>>(handler: (ctx: ApiContext<P>) => Promise<Response>, options: ApiRouteOptions = {}): RouteHandler<P> {
  return async (request, context) => {
    const requestId = requestIdOf(request);
    try {
      const { user, auth } = await authenticate(request, options);
      checkWrite(request, auth, options);
      (request as WithLimit)[BODY_LIMIT] = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      const params = (context ? await context.params : {}) as P;
      const response = await handler({ request, user, auth, params, requestId });
      response.headers.set("X-Request-Id", requestId);
      return response;
    } catch (error) {
      return respondToError(error, requestId, `${request.method} ${safePath(request)}`);
    }
  };
}

/** A public route (no authentication): only the error mapping and request id. */
export function publicRoute<P = Record<string, string>>(handler: (request: Request, params: P, requestId: string) => Promise<Response>): RouteHandler<P> {
  return async (request, context) => {
    const requestId = requestIdOf(request);
    try {
      const params = (context ? await context.params : {}) as P;
      const response = await handler(request, params, requestId);
      response.headers.set("X-Request-Id", requestId);
      return response;
    } catch (error) {
      return respondToError(error, requestId, `${request.method} ${safePath(request)}`);
    }
  };
}

function safePath(request: Request): string {
  try {
    return new URL(request.url).pathname.slice(0, 200);
  } catch {
    return "?";
  }
}

/** Reads the body as text, refusing more than the route's limit (413) without buffering it all. */
export async function readBodyText(request: Request): Promise<string> {
  const limit = (request as WithLimit)[BODY_LIMIT] ?? DEFAULT_MAX_BODY_BYTES;
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

function tooLarge(limit: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${Math.round(limit / 1024)} KB.`);
}

/** The JSON body parsed with `schema` (an empty body is `{}`); 400 when not JSON, 422 when not valid. */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const text = await readBodyText(request);
  let value: unknown = {};
  if (text.trim() !== "") {
    try {
      value = JSON.parse(text);
    } catch {
      throw new AppError("BAD_REQUEST", "The body must be valid JSON.");
    }
  }
  return parseInput(schema, value);
}

/** The query string parsed with `schema` (repeated keys: the first wins). */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) if (!(key in params)) params[key] = value;
  return parseInput(schema, params);
}

/** `value` parsed with `schema`, or a 422 AppError with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("INVALID", "The request is not valid.", fieldErrorsOf(parsed.error));
  return parsed.data;
}
