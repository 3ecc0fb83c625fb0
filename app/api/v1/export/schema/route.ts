import { json, publicRoute } from "@/lib/api";
import { exportJsonSchema } from "@/lib/server/data-export/export-json-schema";

/** GET /api/v1/export/schema — the export file's JSON Schema; public, the same for everyone. */
export const GET = publicRoute(async (request) => json(exportJsonSchema(new URL(request.url).origin), { headers: { "Cache-Control": "public, max-age=300" } }));
