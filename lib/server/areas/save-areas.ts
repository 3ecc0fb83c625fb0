import { getDb } from "@/lib/db";
import { checkAreaTargets, describeAreaTargetsIssue } from "@/lib/domain/areas";
import { AppError } from "@/lib/errors";
import { type AreaSummary, listAreas } from "@/lib/server/areas/list-areas";
import type { AreaRow } from "@/lib/validation/settings";

/**
 * Saves the whole areas editor at once, in the given order: renames, colours, targets, archiving
 * and new areas. Returns the saved areas (with ids for new ones). Every existing area must be in the list (areas are archived, never dropped, so
 * past effort keeps its area). Checked first, written in one transaction: all or nothing.
 */
export async function saveAreas(userId: string, rows: AreaRow[], now: Date): Promise<AreaSummary[]> {
  const issues = checkAreaTargets(rows);
  if (issues.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of issues) {
      const key = issue.kind === "duplicate-name" ? `areas.${issue.index}.name` : "areas";
      (fieldErrors[key] ??= []).push(describeAreaTargetsIssue(issue));
    }
    throw new AppError("INVALID", issues.map(describeAreaTargetsIssue).join(" "), fieldErrors);
  }

  const db = getDb();
  await db.$transaction(async (tx) => {
    const existing = await tx.area.findMany({ where: { userId }, select: { id: true, name: true, archivedAt: true } });
    const existingById = new Map(existing.map((area) => [area.id, area]));
    const listedIds = new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
    // An id that is not the user's is treated like any unknown id: not found, nothing written.
    if ([...listedIds].some((id) => !existingById.has(id)) || listedIds.size !== rows.filter((r) => r.id).length) {
      throw new AppError("NOT_FOUND", "One of these areas was not found. Reload the page and try again.");
    }
    if (existing.some((area) => !listedIds.has(area.id))) {
      throw new AppError("CONFLICT", "Your areas changed in another tab. Reload the page and try again.");
    }
    // Names are unique per user: park renamed areas under temporary names first, so swapping two
    // names within one save never collides with the unique index.
    for (const row of rows) {
      if (row.id && existingById.get(row.id)?.name !== row.name) {
        await tx.area.update({ where: { id: row.id, userId }, data: { name: `renaming-${row.id}` } });
      }
    }
    for (const [position, row] of rows.entries()) {
      const previous = row.id ? existingById.get(row.id) : undefined;
      const archivedAt = row.isArchived ? (previous?.archivedAt ?? now) : null;
      const data = {
        name: row.name,
        color: row.color.toLowerCase(),
        targetPct: row.isArchived ? 0 : row.targetPct,
        position,
        archivedAt,
      };
      if (row.id) await tx.area.update({ where: { id: row.id, userId }, data });
      else await tx.area.create({ data: { ...data, userId } });
    }
  });
  return listAreas(userId, { includeArchived: true });
}
