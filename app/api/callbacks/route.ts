import { apiRoute, json, readBody, readQuery } from "@/lib/api";
import { AppError } from "@/lib/errors";
import { captureCallback } from "@/lib/server/callbacks/capture-callback";
import { listCallbacks } from "@/lib/server/callbacks/list-callbacks";
import { captureCallbackSchema, listCallbacksSchema } from "@/lib/validation/callbacks";

/** GET /api/callbacks?state=&kind=&areaId=&lateness=&q=&sort=&page= — a page of your callbacks. */
export const GET = apiRoute(async ({ request, user }) => {
  const query = readQuery(request, listCallbacksSchema);
  return json(await listCallbacks(user, query, new Date()));
});

/** POST /api/callbacks — capture one; 409 NEEDS_CONFIRMATION when it would overflow unconfirmed. */
export const POST = apiRoute(async ({ request, user }) => {
  const input = await readBody(request, captureCallbackSchema);
  const result = await captureCallback(user, input, new Date());
  if (result.status === "needs-confirmation") {
    const { message, ...details } = result;
    throw new AppError("NEEDS_CONFIRMATION", message, undefined, { details });
  }
  return json(result.callback, 201);
});
