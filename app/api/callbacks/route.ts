/**
 * The first wave's JSON routes, kept as aliases of API v1 (same handlers, same answers): see
 * app/api/v1/callbacks/route.ts and the README's "REST API". New clients use /api/v1.
 */
import { GET as listCallbacks, POST as createCallback } from "@/app/api/v1/callbacks/route";

export const GET = listCallbacks;
export const POST = createCallback;
