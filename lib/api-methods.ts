import { V1_OPERATIONS } from "@/lib/v1/operations";

/**
 * Which methods each API route answers, for the JSON 405 the server gives instead of Next's plain
 * one (lib/api-front.ts). API v1 comes from its operation table (a new operation is covered by itself);
 * the few routes outside v1 are listed here, and a test checks this list against app/api.
 * `{name}` is one path segment, `{...name}` one or more.
 */
export const OTHER_API_ROUTES: readonly { path: string; methods: readonly string[] }[] = [
  { path: "/api/callbacks", methods: ["GET", "POST"] },
  { path: "/api/callbacks/{id}", methods: ["GET", "PATCH", "DELETE"] },
  { path: "/api/health", methods: ["GET", "HEAD"] },
  { path: "/api/auth/sign-out", methods: ["POST"] },
  { path: "/api/unsubscribe/{token}", methods: ["GET", "POST"] },
  { path: "/api/calendar/{file}", methods: ["GET", "HEAD"] },
  { path: "/api/auth/{...nextauth}", methods: ["GET", "POST"] },
];

type Route = { path: string; segments: string[]; methods: Set<string> };

let routes: Route[] | null = null;
function allRoutes(): Route[] {
  if (routes) return routes;
  const byPath = new Map<string, Set<string>>();
  for (const { path, methods } of [...V1_OPERATIONS.map((operation) => ({ path: operation.path as string, methods: [operation.method] })), ...OTHER_API_ROUTES]) {
    const set = byPath.get(path) ?? new Set<string>();
    for (const method of methods) set.add(method);
    byPath.set(path, set);
  }
  routes = [...byPath].map(([path, methods]) => ({ path, segments: path.split("/").filter(Boolean), methods }));
  return routes;
}

/**
 * How well `segments` match a route's template segments: null if not at all; else per segment 2
 * static, 1 dynamic, 0 catch-all (Next's priority: compare with `compareScores`). Also used by
 * lib/api-direct.ts.
 */
export function matchScore(route: { segments: readonly string[] }, segments: readonly string[]): number[] | null {
  const score: number[] = [];
  for (let index = 0; index < route.segments.length; index += 1) {
    const part = route.segments[index]!;
    if (part.startsWith("{...")) return index < segments.length ? [...score, 0] : null;
    const segment = segments[index];
    if (segment === undefined) return null;
    if (part.startsWith("{")) score.push(1);
    else if (part === segment) score.push(2);
    else return null;
  }
  return segments.length === route.segments.length ? score : null;
}

/** Orders two `matchScore` results: positive when `a` is the more specific match. */
export function compareScores(a: number[], b: number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? -1) - (b[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The methods the API route serving `pathname` answers (HEAD with GET, and OPTIONS, which Next
 * answers itself), or null when no listed route serves it (the catch-all answers a JSON 404).
 */
export function allowedMethods(pathname: string): string[] | null {
  const segments = pathname.split("/").filter(Boolean);
  let best: { route: Route; score: number[] } | null = null;
  for (const route of allRoutes()) {
    const score = matchScore(route, segments);
    if (score && (!best || compareScores(score, best.score) > 0)) best = { route, score };
  }
  if (!best) return null;
  const methods = new Set(best.route.methods);
  if (methods.has("GET")) methods.add("HEAD");
  methods.add("OPTIONS");
  return [...methods];
}

/** A plain answer written before Next (scripts/start.ts): status, headers and body. */
export type FrontAnswer = { status: number; headers: Record<string, string>; body: string };

/** A JSON 405 in the API's error shape, naming the methods that work in `Allow`. */
export function methodNotAllowedAnswer(method: string, allowed: readonly string[]): FrontAnswer {
  const body = {
    error: { code: "METHOD_NOT_ALLOWED", message: `${method.slice(0, 20)} is not supported here. Use ${allowed.filter((each) => each !== "HEAD" && each !== "OPTIONS").join(", ")}.` },
  };
  return { status: 405, headers: { "Content-Type": "application/json", Allow: allowed.join(", "), "Cache-Control": "no-store" }, body: JSON.stringify(body) };
}

/** Whether a request target (path and query) is under /api. */
export function isApiTarget(target: string): boolean {
  return target === "/api" || target.startsWith("/api/") || target.startsWith("/api?");
}

/**
 * Why the request target can't be read (a broken percent-encoding such as `%E0%A4%A` or `%ZZ`), or
 * null. Next answers those before any of our code runs, so the server checks them first
 * (scripts/start.ts).
 */
export function malformedPathProblem(target: string): string | null {
  const path = target.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
  } catch {
    return "The address is not valid: it has a broken percent-encoding (a % not followed by two hex digits of valid UTF-8).";
  }
  return null;
}

/** The answer to a malformed request target: JSON under /api, a short page elsewhere. */
export function malformedPathAnswer(target: string, problem: string): FrontAnswer {
  if (isApiTarget(target)) {
    return {
      status: 400,
      headers: { "Content-Type": "application/json", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
      body: JSON.stringify({ error: { code: "BAD_REQUEST", message: problem } }),
    };
  }
  return {
    status: 400,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad address · Lifeloop</title></head><body><main><h1>This address can't be read</h1><p>${problem}</p><p><a href="/">Go to Lifeloop</a></p></main></body></html>`,
  };
}
