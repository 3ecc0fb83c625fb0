import { DB_RETRY_AFTER_SECONDS } from "@/lib/db-errors";
import { noteDatabaseReachable, noteDatabaseUnreachable } from "@/lib/db-health";
import { HEALTH_TIMEOUT_MS, pingDatabase } from "@/lib/db";
import { jsonResponse } from "@/lib/json-response";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";

/**
 * GET /api/health — for load balancers and uptime checks. Public, never cached. Runs `select 1`
 * on this instance's database, waiting at most 2 s:
 *   200 {"status":"ok","database":"ok"}
 *   503 {"status":"unavailable","database":"unreachable"|"timeout","error":{"code":"UNAVAILABLE","message":"…"}}
 *       with Retry-After.
 */
export const dynamic = "force-dynamic";

async function health(request: Request): Promise<Response> {
  const check = await pingDatabase(HEALTH_TIMEOUT_MS);
  if (check.ok) noteDatabaseReachable();
  else noteDatabaseUnreachable();
  const headers = new Headers({ "Cache-Control": "no-store", "X-Request-Id": requestIdFrom(request.headers.get(REQUEST_ID_HEADER)) });
  if (check.ok) return jsonResponse({ status: "ok", database: "ok" }, { status: 200, headers });
  headers.set("Retry-After", String(DB_RETRY_AFTER_SECONDS));
  const message = check.reason === "timeout" ? `The database did not answer within ${HEALTH_TIMEOUT_MS / 1000} s.` : "The database can't be reached.";
  return jsonResponse({ status: "unavailable", database: check.reason, error: { code: "UNAVAILABLE", message } }, { status: 503, headers });
}

export const GET = health;

export async function HEAD(request: Request): Promise<Response> {
  const response = await health(request);
  return new Response(null, { status: response.status, headers: response.headers });
}
