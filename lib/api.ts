import { NextResponse } from "next/server";
import type { ZodError } from "zod";
import { getCurrentUser } from "@/lib/auth";
import { isDomainError } from "@/lib/domain/errors";
import { isAppError } from "@/lib/errors";
import type { UserProfile } from "@/lib/server/users/get-user";

/**
 * Route handlers' plumbing: the signed-in user or 401, and errors mapped to statuses — zod → 422
 * with the issues, not found or not yours → 404, a domain rule → 409, anything else a bare 500.
 */
export async function withApiUser(handler: (user: UserProfile) => Promise<Response>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  try {
    return await handler(user);
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: error.status });
    if (isDomainError(error)) return NextResponse.json({ error: error.message }, { status: 409 });
    console.error(error);
    return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
  }
}

export function invalidResponse(error: ZodError): Response {
  return NextResponse.json(
    { error: "The request is not valid.", issues: error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) },
    { status: 422 },
  );
}

/** Parses a JSON body; a body that is not JSON is a 400. */
export async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false, response: NextResponse.json({ error: "The body must be JSON." }, { status: 400 }) };
  }
}
