import { listAreas } from "@/lib/server/areas/list-areas";
import { saveAreas } from "@/lib/server/areas/save-areas";
import { listAreasOperation, putAreasOperation } from "@/lib/v1/operations/portfolio";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(listAreasOperation, async ({ user }) => ({ items: await listAreas(user.id, { includeArchived: true }) }));

export const PUT = v1Route(putAreasOperation, async ({ user, body }) => ({ items: await saveAreas(user.id, body.areas, new Date()) }));
