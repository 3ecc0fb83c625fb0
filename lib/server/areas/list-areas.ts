import { getDb } from "@/lib/db";

export type AreaSummary = {
  id: string;
  name: string;
  color: string;
  targetPct: number;
  position: number;
  isArchived: boolean;
};

/** The user's areas in their chosen order; archived ones only when asked for. */
export async function listAreas(userId: string, options: { includeArchived?: boolean } = {}): Promise<AreaSummary[]> {
  const rows = await getDb().area.findMany({
    where: { userId, ...(options.includeArchived ? {} : { archivedAt: null }) },
    orderBy: { position: "asc" },
    select: { id: true, name: true, color: true, targetPct: true, position: true, archivedAt: true },
  });
  return rows.map(({ archivedAt, ...area }) => ({ ...area, isArchived: archivedAt !== null }));
}
