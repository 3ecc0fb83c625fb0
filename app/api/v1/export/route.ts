import { exportResponse } from "@/lib/server/data-export/export-response";
import { exportDataOperation } from "@/lib/v1/operations/data";
import { v1Route } from "@/lib/v1/route";

/** GET /api/v1/export — everything as one JSON file, or one entity as CSV; streamed. */
export const GET = v1Route(exportDataOperation, async ({ user, query }) => exportResponse(user, { ...query, now: new Date() }));
