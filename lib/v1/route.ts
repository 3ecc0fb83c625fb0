import { createHash } from "node:crypto";
import type { z } from "zod";
import { type ApiAuth, apiRoute, json, parseInput, readBodyText, readQuery, type RouteHandler } from "@/lib/api";
import { classifyDbError } from "@/lib/db-errors";
import { AppError, notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { claimIdempotencyKey } from "@/lib/server/idempotency/claim-idempotency-key";
import { completeIdempotencyKey } from "@/lib/server/idempotency/complete-idempotency-key";
import { idempotencyScope } from "@/lib/server/idempotency/idempotency-scope";
import { releaseIdempotencyKey } from "@/lib/server/idempotency/release-idempotency-key";
// Registers personal API tokens with lib/api.ts: every v1 route imports this module, so bearer
// tokens work wherever a v1 route runs (the server, and route handlers called from tests).
import { BEARER_AUTHENTICATOR_REGISTERED } from "@/lib/server/tokens/register-bearer-authenticator";
import type { UserProfile } from "@/lib/server/users/get-user";
import { canonicalJson } from "@/lib/v1/canonical-json";
import type { OperationSpec, Parsed } from "@/lib/v1/operation";

void BEARER_AUTHENTICATOR_REGISTERED;

export type V1Context<O extends OperationSpec> = {
  request: Request;
  user: UserProfile;
  auth: ApiAuth;
  requestId: string;
  params: Parsed<O["params"]>;
  query: Parsed<O["query"]>;
  body: Parsed<O["body"]>;
  /** The raw body (for a non-JSON body the operation accepts, `body` is undefined and this is it). */
  bodyText: string;
  /** The body's media type, e.g. "application/json" or "text/csv" ("" without a body). */
  bodyType: string;
};

/**
 * What a handler answers: the success body (typed by the operation's response schema), or null
 * for 204; an operation that `produces` other types (a CSV, a streamed export) may return a Response.
 */
export type V1Answer<O extends OperationSpec> =
  | (O["response"] extends z.ZodType ? z.infer<O["response"]> : null)
  | (O["produces"] extends readonly string[] ? Response : never);

export type V1RouteOptions<O extends OperationSpec> = {
  /**
   * Rebuilds the answer of a write whose Idempotency-Key recorded it (resultRef) but whose first
   * answer was lost (the process stopped between the commit and storing it).
   */
  replay?: (input: { user: UserProfile; resultRef: string; params: Parsed<O["params"]> }) => Promise<V1Answer<O>>;
};

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * API v1's one entry wrapper. On top of lib/api.ts's `apiRoute` (session cookie or bearer token,
 * scopes, CSRF for cookie writes, bounded bodies, the one error shape) it parses the path
 * parameters, query and JSON body with the operation's own schemas, honours Idempotency-Key on
 * POST, and answers with the handler's result as JSON (checked against the operation's response
 * schema outside production, so the OpenAPI document can't describe something else).
 */
export function v1Route<const O extends OperationSpec>(operation: O, handler: (ctx: V1Context<O>) => Promise<V1Answer<O>>, options: V1RouteOptions<O> = {}): RouteHandler<Record<string, string>> {
  return apiRoute<Record<string, string>>(
    async ({ request, user, auth, params: rawParams, requestId }) => {
      const params = (operation.params ? parsePathParams(operation.params, rawParams) : undefined) as Parsed<O["params"]>;
      const query = (operation.query ? readQuery(request, operation.query) : undefined) as Parsed<O["query"]>;
      const bodyText = operation.body ? await readBodyText(request) : "";
      const bodyType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      const isOtherType = bodyType !== "" && bodyType !== "application/json" && (operation.bodyTypes ?? []).includes(bodyType);
      const body = (operation.body && !isOtherType ? parseJsonBody(operation.body, bodyText) : undefined) as Parsed<O["body"]>;
      const run = async () => answer(operation, await handler({ request, user, auth, requestId, params, query, body, bodyText, bodyType }));

      const key = operation.method === "POST" ? request.headers.get("idempotency-key") : null;
      if (key === null) return run();
      if (!IDEMPOTENCY_KEY.test(key)) {
        throw new AppError("INVALID", "Idempotency-Key must be 1–255 visible ASCII characters (a UUID is ideal).", { "Idempotency-Key": ["1–255 visible ASCII characters."] });
      }
      const now = new Date();
      const claim = await claimIdempotencyKey({
        userId: user.id,
        route: `POST ${new URL(request.url).pathname}`,
        key,
        requestHash: createHash("sha256").update(canonicalJson(bodyText)).digest("hex"),
        canTakeOver: operation.idempotency === "transactional",
        now,
      });
      if (claim.kind === "replay") return replayed(new Response(claim.body, { status: claim.status, headers: { "Content-Type": "application/json" } }));
      if (claim.kind === "recorded") {
        if (!options.replay) throw new AppError("CONFLICT", "An earlier request with this Idempotency-Key was saved but its answer was lost. Check with a GET.");
        return replayed(answer(operation, await options.replay({ user, resultRef: claim.resultRef, params })));
      }
      let response: Response;
      try {
        response = await idempotencyScope.run({ keyId: claim.keyId, claimToken: claim.claimToken, recorded: false }, run);
      } catch (error) {
        await releaseIdempotencyKey(claim).catch((releaseError: unknown) => {
          // With the database away the release fails as the write did: expected, and the claim
          // expires by itself. Anything else is worth a stack.
          if (classifyDbError(releaseError) === "unavailable") log.warn({ requestId, where: "idempotency release" }, "could not release an idempotency key: database unavailable");
          else log.error({ err: releaseError, requestId }, "could not release an idempotency key");
        });
        throw error;
      }
      await completeIdempotencyKey(claim, { status: response.status, body: withoutSecrets(await response.clone().text(), operation.secretFields) }, new Date());
      return response;
    },
    {
      sessionOnly: operation.auth === "session",
      ...(operation.bodyTypes ? { bodyTypes: ["application/json", ...operation.bodyTypes] } : {}),
      ...(operation.maxBodyBytes ? { maxBodyBytes: operation.maxBodyBytes } : {}),
    },
  );
}

/** The answer as kept for replays: secret fields (a new token) are never stored. */
function withoutSecrets(body: string, fields: readonly string[] | undefined): string {
  if (!fields?.length || body === "") return body;
  const value = JSON.parse(body) as Record<string, unknown>;
  for (const field of fields) if (field in value) value[field] = null;
  return JSON.stringify(value);
}

function replayed(response: Response): Response {
  response.headers.set("Idempotent-Replayed", "true");
  return response;
}

/** The handler's result as the operation's answer; outside production, checked against its schema first. */
function answer<O extends OperationSpec>(operation: O, data: unknown): Response {
  if (operation.produces && data instanceof Response) return data;
  if (!operation.response) return new Response(null, { status: 204 });
  if (process.env.NODE_ENV !== "production") {
    const checked = operation.response.safeParse(data);
    if (!checked.success) {
      throw new Error(`${operation.operationId} answered outside its response schema: ${checked.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
    }
  }
  return json(data, operation.status ?? 200);
}

/** Path parameters: a value that can't be an id of anything is simply not found. */
function parsePathParams(schema: z.ZodType, params: Record<string, string>): unknown {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw notFound("That item");
  return parsed.data;
}

function parseJsonBody(schema: z.ZodType, text: string): unknown {
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
