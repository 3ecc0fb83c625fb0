import type { Tx } from "@/lib/db";
import type { ExportFile } from "@/lib/validation/data-export";

/**
 * The file's areas in this account, matched by name (names are unique per account). Into a fresh
 * account the file's areas replace the starting ones (same names, colours, targets, order,
 * archiving), and starting areas the file lacks are removed (nothing uses them yet). Into an
 * account in use its areas stay as they are; an area only the file has is added archived, so the
 * active targets still add up to 100 %. Fills `ids` with old id → this account's area id.
 */
export async function importAreas(
  tx: Tx,
  userId: string,
  areas: ExportFile["areas"],
  options: { isFresh: boolean; newId: () => string; ids: Map<string, string> },
): Promise<{ created: number }> {
  const existing = await tx.area.findMany({ where: { userId }, select: { id: true, name: true, position: true } });
  const byName = new Map(existing.map((area) => [area.name, area]));
  const fileNames = new Set(areas.map((area) => area.name));
  let created = 0;
  if (options.isFresh) {
    // Unused starting areas go first, so the file's positions and names are free.
    await tx.area.deleteMany({ where: { userId, name: { notIn: [...fileNames] } } });
  }
  let nextPosition = Math.max(-1, ...existing.map((area) => area.position)) + 1;
  for (const area of areas) {
    const match = byName.get(area.name);
    const fields = { name: area.name, color: area.color, targetPct: area.targetPct, position: area.position, archivedAt: area.archivedAt, createdAt: area.createdAt };
    if (match) {
      options.ids.set(area.id, match.id);
      if (options.isFresh) await tx.area.update({ where: { id: match.id }, data: fields });
      continue;
    }
    const id = options.newId();
    options.ids.set(area.id, id);
    await tx.area.create({
      data: options.isFresh ? { ...fields, id, userId } : { ...fields, id, userId, position: nextPosition++, archivedAt: area.archivedAt ?? area.createdAt },
    });
    created += 1;
  }
  return { created };
}
