import { cache } from "react";
import { type LoadSummary, getLoad } from "@/lib/server/load/get-load";

/**
 * The load for the page being rendered, read once per request however many server components
 * ask (the layout's meter and the page). React's `cache` lives for one render: a server action's
 * changes are seen by the render that follows it, which is a new scope. Keyed by primitives, so
 * every caller with the same user shares the one read.
 */
export const getRequestLoad = cache(
  (userId: string, timeZone: string, capacity: number): Promise<LoadSummary> => getLoad({ id: userId, timeZone, capacity }, new Date()),
);
