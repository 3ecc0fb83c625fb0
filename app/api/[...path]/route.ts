import { errorResponse } from "@/lib/api";

/** Any /api path no route matches: a JSON 404 in the API's error shape, whatever the method. */
function unknownRoute(): Response {
  return errorResponse("NOT_FOUND", "There is no API route at this address. See /docs/api.");
}

export const GET = unknownRoute;
export const HEAD = unknownRoute;
export const POST = unknownRoute;
export const PUT = unknownRoute;
export const PATCH = unknownRoute;
export const DELETE = unknownRoute;
export const OPTIONS = unknownRoute;
