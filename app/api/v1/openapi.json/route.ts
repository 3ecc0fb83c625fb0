import { json, publicRoute } from "@/lib/api";
import { buildOpenApiDocument } from "@/lib/v1/openapi";

let cached: Record<string, unknown> | undefined;

/** GET /api/v1/openapi.json — public: the document is the same for everyone (built once per process). */
export const GET = publicRoute(async (request) => {
  cached ??= buildOpenApiDocument();
  const origin = new URL(request.url).origin;
  return json({ ...cached, servers: [{ url: origin }] }, { headers: { "Cache-Control": "public, max-age=300" } });
});
