import { NextResponse } from "next/server";
import { invalidResponse, readJson, withApiUser } from "@/lib/api";
import { captureCallback } from "@/lib/server/callbacks/capture-callback";
import { listCallbacks } from "@/lib/server/callbacks/list-callbacks";
import { captureCallbackSchema, listCallbacksSchema } from "@/lib/validation/callbacks";

/** GET /api/callbacks?state=&kind=&areaId=&lateness=&q=&sort=&page= — a page of your callbacks. */
export async function GET(request: Request) {
  return withApiUser(async (user) => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const query = listCallbacksSchema.parse(params);
    return NextResponse.json(await listCallbacks(user, query, new Date()));
  });
}

/** POST /api/callbacks — capture one; 409 with the message when it would overflow unconfirmed. */
export async function POST(request: Request) {
  return withApiUser(async (user) => {
    const json = await readJson(request);
    if (!json.ok) return json.response;
    const parsed = captureCallbackSchema.safeParse(json.body);
    if (!parsed.success) return invalidResponse(parsed.error);
    const result = await captureCallback(user, parsed.data, new Date());
    if (result.status === "needs-confirmation") return NextResponse.json(result, { status: 409 });
    return NextResponse.json(result.callback, { status: 201 });
  });
}
