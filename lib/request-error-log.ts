import { classifyDbError } from "@/lib/db-errors";
import { log } from "@/lib/log";
import { REQUEST_ID_HEADER } from "@/lib/request-id";

type RequestInfo = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
type ErrorContext = { routerKind: string; routePath: string; routeType: string; renderSource?: string };

function header(headers: RequestInfo["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * One log line for an error Next caught while serving a request (instrumentation's
 * onRequestError). The database being unreachable is a warning without a stack (the outage is
 * logged by every request that meets it); anything else is an error with the stack. Only the
 * path, method, route and request id are logged: no cookies, no query string.
 */
export function logRequestError(error: unknown, request: RequestInfo, context: ErrorContext): void {
  const fields = {
    requestId: header(request.headers, REQUEST_ID_HEADER),
    method: request.method,
    path: request.path.split("?")[0]?.slice(0, 200),
    route: context.routePath,
    routeType: context.routeType,
    ...(context.renderSource ? { renderSource: context.renderSource } : {}),
    ...(typeof error === "object" && error !== null && "digest" in error ? { digest: String((error as { digest: unknown }).digest) } : {}),
  };
  if (classifyDbError(error) === "unavailable") log.warn({ ...fields, reason: "database unavailable" }, "request failed");
  else log.error({ ...fields, err: error }, "request failed");
}
