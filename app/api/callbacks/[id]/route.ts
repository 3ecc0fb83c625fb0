import { NextResponse } from "next/server";
import { withApiUser } from "@/lib/api";
import { deleteCallback } from "@/lib/server/callbacks/delete-callback";
import { getCallback } from "@/lib/server/callbacks/get-callback";

type Context = { params: Promise<{ id: string }> };

/** GET /api/callbacks/:id — one of your callbacks with its history; someone else's is a 404. */
export async function GET(_request: Request, context: Context) {
  return withApiUser(async (user) => {
    const { id } = await context.params;
    const { callback, events, probability, expectedValue, lateness, nextFollowUp } = await getCallback(user, id, new Date());
    return NextResponse.json({ ...callback, probabilityNow: probability, expectedValue, lateness, nextFollowUp, events });
  });
}

/** DELETE /api/callbacks/:id — deletes one of your callbacks and its history. */
export async function DELETE(_request: Request, context: Context) {
  return withApiUser(async (user) => {
    const { id } = await context.params;
    await deleteCallback(user.id, id);
    return new NextResponse(null, { status: 204 });
  });
}
