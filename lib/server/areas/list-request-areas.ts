import { cache } from "react";
import { type AreaSummary, listAreas } from "@/lib/server/areas/list-areas";

/**
 * Every area of the user (archived too) for the page being rendered, read once per request
 * (the layout's quick capture and the page). Filter `!isArchived` for the active ones.
 */
export const listRequestAreas = cache((userId: string): Promise<AreaSummary[]> => listAreas(userId, { includeArchived: true }));
