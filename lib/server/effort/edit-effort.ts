import { getDb } from "@/lib/db";
import { formatEffortPoints, roundEffortPoints } from "@/lib/domain/portfolio";
import { dayKeyInZone } from "@/lib/domain/time";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";
import { adjustCallbackEffort } from "@/lib/server/effort/adjust-callback-effort";
import { EFFORT_ENTRY_SELECT, type EffortEntryView } from "@/lib/server/effort/effort-entry-view";
import { resolveSpentAt } from "@/lib/server/effort/resolve-spent-at";
import type { EditEffortInput } from "@/lib/validation/effort";

/**
 * Edits one of the actor's effort entries (area, points, minutes, note, day); the callback it is
 * tied to stays. Moving it to another area needs an active area of theirs, but an entry already on
 * an archived area may stay there. An unchanged day keeps the stored instant. A change of points
 * moves the tied callback's `effort` by the difference, in the same transaction. Someone else's
 * entry is "not found".
 */
export async function editEffort(actor: Actor, input: EditEffortInput, now: Date): Promise<EffortEntryView> {
  return getDb().$transaction(async (tx) => {
    const entry = await tx.effortEntry.findFirst({ where: { id: input.id, userId: actor.id }, select: { id: true, areaId: true, callbackId: true, points: true, spentAt: true } });
    if (!entry) throw notFound("That effort entry");
    if (input.areaId !== entry.areaId) {
      const area = await tx.area.findFirst({ where: { id: input.areaId, userId: actor.id }, select: { archivedAt: true } });
      if (!area) throw new AppError("INVALID", "Choose one of your areas.", { areaId: ["Choose one of your areas."] });
      if (area.archivedAt) throw new AppError("INVALID", "That area is archived; choose an active one.", { areaId: ["That area is archived; choose an active one."] });
    }
    const sameDay = input.day === undefined || input.day === dayKeyInZone(entry.spentAt, actor.timeZone);
    const spentAt = sameDay ? entry.spentAt : resolveSpentAt(input.day, actor.timeZone, now);
    const points = roundEffortPoints(input.points);
    const updated = await tx.effortEntry.update({
      where: { id: entry.id },
      data: { areaId: input.areaId, points, minutes: input.minutes ?? null, note: input.note ?? "", spentAt },
      select: EFFORT_ENTRY_SELECT,
    });
    if (entry.callbackId && points !== entry.points) {
      await adjustCallbackEffort(tx, actor, entry.callbackId, points - entry.points, `Effort entry changed from ${formatEffortPoints(entry.points)} to ${formatEffortPoints(points)}`, now);
    }
    return updated;
  });
}
