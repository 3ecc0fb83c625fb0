import { apiRoute, json } from "@/lib/api";
import { notFound } from "@/lib/errors";
import { deleteCallback } from "@/lib/server/callbacks/delete-callback";
import { getCallback } from "@/lib/server/callbacks/get-callback";
import { idSchema } from "@/lib/validation/callbacks";

type Params = { id: string };

function callbackId(params: Params): string {
  const id = idSchema.safeParse(params.id);
  if (!id.success) throw notFound("That callback");
  return id.data;
}

/** GET /api/callbacks/:id — one of your callbacks with its history; someone else's is a 404. */
export const GET = apiRoute<Params>(async ({ user, params }) => {
  const { callback, events, probability, expectedValue, lateness, nextFollowUp } = await getCallback(user, callbackId(params), new Date());
  return json({ ...callback, probabilityNow: probability, expectedValue, lateness, nextFollowUp, events });
});

/** DELETE /api/callbacks/:id — deletes one of your callbacks and its history. */
export const DELETE = apiRoute<Params>(async ({ user, params }) => {
  await deleteCallback(user.id, callbackId(params));
  return new Response(null, { status: 204 });
});
