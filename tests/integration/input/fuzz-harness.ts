// The fuzz tests' harness: one signed-in user with something of every kind to point ids at, the
// route handlers of app/api (every v1 operation plus the routes outside v1) called in-process with
// real Requests, and the one check every answer must pass.
import { toWellFormedText } from "@/lib/validation/primitives";
import { expect, vi } from "vitest";
import { getDb } from "@/lib/db";
import { weekKeyOf } from "@/lib/domain/review";
import { dayKeyInZone } from "@/lib/domain/time";
import { log } from "@/lib/log";
import { getUser } from "@/lib/server/users/get-user";
import { createCommitment } from "@/lib/server/commitments/create-commitment";
import { logEffort } from "@/lib/server/effort/log-effort";
import { createToken } from "@/lib/server/tokens/create-token";
import { type JsonSchema, toJsonSchema } from "@/lib/v1/json-schema";
import type { OperationSpec } from "@/lib/v1/operation";
import { V1_OPERATIONS } from "@/lib/v1/operations";
import { ORIGIN, createApiUser, v1RouteFiles } from "../api/helpers";
import { insertCallback } from "../callbacks/helpers";

export type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type FuzzRoute = {
  name: string;
  method: string;
  /** Path template: `{id}` / `{week}` filled by the test, `{...rest}` with one or more segments. */
  path: string;
  load: () => Promise<Handler>;
  params: string[];
  body: JsonSchema | null;
  query: JsonSchema | null;
  hasBody: boolean;
  /** The v1 operation (its schemas tell which inputs get past validation). */
  operation?: OperationSpec;
};

/** Every route handler of API v1, from its operation table and route files. */
export function v1FuzzRoutes(filter: (operation: OperationSpec) => boolean = () => true): FuzzRoute[] {
  const files = new Map(v1RouteFiles().map(({ template, file }) => [template, file]));
  return V1_OPERATIONS.filter(filter).map((operation) => {
    const file = files.get(operation.path);
    if (!file) throw new Error(`no route file for ${operation.path}`);
    return {
      name: `${operation.method} ${operation.path}`,
      method: operation.method,
      path: operation.path,
      load: async () => {
        const handler = ((await import(/* @vite-ignore */ file)) as Record<string, Handler | undefined>)[operation.method];
        if (!handler) throw new Error(`${file} exports no ${operation.method}`);
        return handler;
      },
      params: [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!),
      body: operation.body ? toJsonSchema(operation.body, "input") : null,
      query: operation.query ? toJsonSchema(operation.query, "input") : null,
      hasBody: operation.method !== "GET" && operation.method !== "DELETE",
      operation,
    };
  });
}

/** What the fuzzing user owns, by the name of the path parameter that points at it. */
export type Fixture = {
  cookie: string;
  token: string;
  now: number;
  ids: Record<string, string[]>;
  /** Every id the user owns, for body fields that name one. */
  allIds: string[];
  userId: string;
  areaId: string;
};

export async function createFuzzFixture(): Promise<Fixture> {
  const { user, area, cookie, token } = await createApiUser({ capacity: 100 });
  const fixture: Fixture = { cookie, token, now: Date.now(), ids: {}, allIds: [], userId: user.id, areaId: area.id };
  await refreshFixture(fixture);
  return fixture;
}

/**
 * Fresh things to point ids at (a route before may have settled, cancelled or deleted the last
 * ones): callbacks pending, timed out and fulfilled, a commitment when one more may run, an effort
 * entry, a token to revoke; this week and last week for reviews.
 */
export async function refreshFixture(fixture: Fixture): Promise<void> {
  const actor = (await getUser(fixture.userId))!;
  const now = new Date();
  const start = new Date(now.getTime() - 86_400_000);
  const deadlines = { startedAt: start, expectedReplyBy: new Date(now.getTime() + 5 * 86_400_000), timesOutAt: new Date(now.getTime() + 20 * 86_400_000) };
  const callbacks = await Promise.all([
    insertCallback(actor, { title: "Fuzz pending", areaId: fixture.areaId, ...deadlines }),
    insertCallback(actor, { title: "Fuzz pending 2", ...deadlines }),
    insertCallback(actor, { title: "Fuzz timed out", state: "TIMED_OUT", settledAt: now, ...deadlines }),
    insertCallback(actor, { title: "Fuzz fulfilled", state: "FULFILLED", settledAt: now, ...deadlines }),
  ]);
  const made = await createCommitment(
    actor,
    {
      title: "Fuzz commitment",
      why: "",
      areaId: fixture.areaId,
      startsOn: dayKeyInZone(now, actor.timeZone),
      endsOn: dayKeyInZone(new Date(now.getTime() + 60 * 86_400_000), actor.timeZone),
      cadence: "DAILY",
      // Past capacity is fine here: the fuzz needs a real commitment to aim at, not the question.
      confirmOverflow: true,
    },
    now,
  ).catch(() => null);
  const commitment = made?.status === "created" ? made : null;
  const effort = await logEffort(actor, { areaId: fixture.areaId, points: 2 }, now);
  // A token to revoke; once the fuzzed POST /tokens has filled the user's 50, an earlier one stays.
  const spare = await createToken(actor.id, { name: "to revoke", scope: "read" }, now).catch(() => null);
  const previous = fixture.ids.id?.filter((id) => !callbacks.some((callback) => callback.id === id)) ?? [];
  fixture.now = now.getTime();
  const ids = [...callbacks.map((callback) => callback.id), ...(commitment ? [commitment.id] : previous.slice(0, 1)), effort.id, ...(spare ? [spare.id] : previous.slice(-1))];
  fixture.ids = { id: ids, week: [weekKeyOf(now, actor.timeZone), weekKeyOf(new Date(now.getTime() - 7 * 86_400_000), actor.timeZone)] };
  fixture.allIds = [...ids, fixture.areaId];
  await getDb().user.update({ where: { id: actor.id }, data: { capacity: 100 } });
}

/** The concrete path for `template` with `params` (percent-encoded as a client would send them). */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(?:\.\.\.)?(\w+)\}/g, (_, name: string) => encodeURIComponent(toWellFormedText(params[name] ?? "x")));
}

export type FuzzRequest = { route: FuzzRoute; params: Record<string, string>; query: string; body: string; auth: "cookie" | "token"; contentType: string | null };

/** Sends one generated request to the route's handler, in-process, as the server would. */
export async function send(handler: Handler, fixture: Fixture, request: FuzzRequest): Promise<Response> {
  const url = new URL(`${fillPath(request.route.path, request.params)}${request.query ? `?${request.query}` : ""}`, ORIGIN);
  const headers = new Headers();
  if (request.auth === "cookie") {
    headers.set("cookie", fixture.cookie);
    if (request.route.method !== "GET") headers.set("origin", ORIGIN);
  } else headers.set("authorization", `Bearer ${fixture.token}`);
  const withBody = request.route.hasBody && request.body !== "";
  if (withBody && request.contentType) headers.set("content-type", request.contentType);
  return handler(new Request(url, { method: request.route.method, headers, body: withBody ? request.body : undefined }), { params: Promise.resolve(request.params) });
}

/** The rule every answer keeps: never ≥ 500; a refusal is a 4xx JSON error with a code and a message. */
export async function checkAnswer(response: Response, describe: () => string): Promise<void> {
  const text = await response.text();
  if (response.status >= 500) throw new Error(`${response.status} for ${describe()}: ${text.slice(0, 500)}`);
  if (response.status >= 400) {
    expect(response.headers.get("content-type") ?? "", describe()).toContain("application/json");
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.code, describe()).toBe("string");
    expect(typeof body.error?.message === "string" && body.error.message.length > 0, describe()).toBe(true);
  }
}

/**
 * Watches the error log while fuzzing: a value the database refused is answered 422 by the
 * fallback in lib/api-errors.ts but logged as an error — validation should have caught it first.
 */
export function watchErrorLog(): { calls: () => unknown[][]; restore: () => void } {
  const spy = vi.spyOn(log, "error");
  return { calls: () => spy.mock.calls, restore: () => spy.mockRestore() };
}

/** Inputs per route handler: the issue asks for at least 2,000 (BATCHES × BATCH_SIZE). */
export const BATCH_SIZE = 50;
export const BATCHES = 40;
export const INPUTS_PER_ROUTE = BATCH_SIZE * BATCHES;
/** Of the inputs validation refuses, every n-th is sent too (they all take the same path; their answers' shape is checked). */
export const REFUSED_SAMPLE_EVERY = 50;
/**
 * Distinct accepted inputs sent to the handler per route, at most: each is a real database
 * round trip (5–30 ms on a busy machine); the first ones of a random stream are a fair sample.
 */
export const ACCEPTED_SENT_MAX = 40;

function jsonType(contentType: string | null): boolean {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase() === "application/json";
}

/**
 * What validation makes of a request, as lib/v1/route.ts parses it (content type, path
 * parameters, query with the first of repeated keys, JSON body): null when it is refused before
 * any handler code runs, else a key of the parsed input — two requests with the same key reach the
 * database with the same values. Routes outside v1 have no schemas: every request is its own key.
 */
export function parsedKey(request: FuzzRequest): string | null {
  const { route } = request;
  const operation = route.operation;
  if (!operation) return describeRequest(request);
  const withBody = route.hasBody && request.body !== "";
  if (withBody && !jsonType(request.contentType)) return null;
  const params = operation.params ? operation.params.safeParse(request.params) : { success: true as const, data: null };
  if (!params.success) return null;
  const raw: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(request.query)) if (!(key in raw)) raw[key] = value;
  const query = operation.query ? operation.query.safeParse(raw) : { success: true as const, data: null };
  if (!query.success) return null;
  let bodyValue: unknown = {};
  if (operation.body && request.body.trim() !== "") {
    try {
      bodyValue = JSON.parse(request.body);
    } catch {
      return null;
    }
  }
  const body = operation.body ? operation.body.safeParse(bodyValue) : { success: true as const, data: null };
  if (!body.success) return null;
  return JSON.stringify([route.name, request.auth, params.data, query.data, body.data]);
}

/** Describes a request for a failure message (strings JSON-escaped, so control characters show). */
export function describeRequest(request: FuzzRequest): string {
  return JSON.stringify({ route: request.route.name, params: request.params, query: request.query, body: request.body.slice(0, 300), auth: request.auth, contentType: request.contentType });
}
