import { errorResponse } from "@/lib/api";
import { classifyDbError } from "@/lib/db-errors";
import { log } from "@/lib/log";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import { appUrlFor } from "@/lib/server/calendar-feed/app-url";
import { buildCalendarFeed } from "@/lib/server/calendar-feed/build-calendar-feed";
import { findCalendarFeed } from "@/lib/server/calendar-feed/find-calendar-feed";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

const NO_FEED = "No calendar feed at this address.";

/** If-None-Match holds the current ETag (a list, or "*"). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value === etag || value === `W/${etag}`;
  });
}

/**
 * The secret calendar feed (`/api/calendar/<token>.ics`), for calendar apps that subscribe
 * without signing in: the token in the URL is the credential. An unknown token is 404, a revoked
 * one 410 (JSON errors, as every route's); no answer says anything about an account. ETag / If-None-Match save a poll the body.
 */
async function serve(request: Request, context: Context, head: boolean): Promise<Response> {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  try {
    const { file } = await context.params;
    const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
    const feed = await findCalendarFeed(token);
    if (feed.kind === "unknown") return errorResponse("NOT_FOUND", NO_FEED, { requestId });
    if (feed.kind === "revoked") return errorResponse("GONE", "This calendar feed was turned off or replaced. Get the new address in Lifeloop's Settings → Calendar.", { requestId });
    const built = await buildCalendarFeed(feed.userId, new Date(), appUrlFor(request));
    if (!built) return errorResponse("NOT_FOUND", NO_FEED, { requestId });
    const headers = {
      ETag: built.etag,
      "Cache-Control": "private, no-cache",
      "X-Request-Id": requestId,
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    };
    if (matches(request.headers.get("if-none-match"), built.etag)) return new Response(null, { status: 304, headers });
    return new Response(head ? null : built.body, {
      status: 200,
      headers: { ...headers, "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'inline; filename="lifeloop.ics"' },
    });
  } catch (error) {
    if (classifyDbError(error) === "unavailable") {
      log.warn({ requestId, where: "calendar feed" }, "database unavailable");
      return errorResponse("UNAVAILABLE", "Lifeloop can't reach its database right now. Try again in a minute.", { requestId, retryAfterSeconds: 30 });
    }
    log.error({ err: error, requestId, where: "calendar feed" }, "request failed");
    return errorResponse("INTERNAL", "Something went wrong on our side.", { requestId });
  }
}

export function GET(request: Request, context: Context): Promise<Response> {
  return serve(request, context, false);
}

export function HEAD(request: Request, context: Context): Promise<Response> {
  return serve(request, context, true);
}
