import { NextResponse, type NextRequest } from "next/server";

/** The header that tells server components which path was asked for (for sign-in's callbackUrl). */
export const REQUEST_PATH_HEADER = "x-lifeloop-path";

/**
 * Passes the requested path to the render, so a signed-out visit to any signed-in page can come
 * back there after sign-in (layouts do not receive the pathname). Nothing else happens here:
 * authentication itself is checked where the data is read.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
