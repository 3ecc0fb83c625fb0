import { z } from "@/lib/validation/zod";
import { areasSchema } from "@/lib/validation/settings";

/** PUT /api/v1/areas: every area, in order (the Settings editor's list; areas are archived, never dropped). */
export const putAreasSchema = z.object({ areas: areasSchema });

export const areaSchema = z.object({
  id: z.string(),
  name: z.string(),
  color: z.string(),
  targetPct: z.number().int().describe("Target share of your energy, whole percent; active areas sum to 100."),
  position: z.number().int(),
  isArchived: z.boolean(),
});
