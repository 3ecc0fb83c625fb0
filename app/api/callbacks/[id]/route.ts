/** Alias of /api/v1/callbacks/{id} (same handlers, same answers); see app/api/callbacks/route.ts. */
import { DELETE as deleteCallback, GET as getCallback, PATCH as updateCallback } from "@/app/api/v1/callbacks/[id]/route";

export const GET = getCallback;
export const PATCH = updateCallback;
export const DELETE = deleteCallback;
