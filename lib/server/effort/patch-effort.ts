import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";
import { editEffort } from "@/lib/server/effort/edit-effort";
import type { EffortEntryView } from "@/lib/server/effort/effort-entry-view";
import type { PatchEffortInput } from "@/lib/validation/v1/effort";

/**
 * Changes some fields of one of the actor's effort entries (the API's PATCH): those left out keep
 * their stored value, then it is the effort dialog's save (editEffort, with its rules and the
 * tied callback's effort moved in the same transaction). Someone else's entry is "not found".
 */
export async function patchEffort(actor: Actor, entryId: string, patch: PatchEffortInput, now: Date): Promise<EffortEntryView> {
  const current = await getDb().effortEntry.findFirst({ where: { id: entryId, userId: actor.id }, select: { areaId: true, points: true, minutes: true, note: true } });
  if (!current) throw notFound("That effort entry");
  return editEffort(
    actor,
    {
      id: entryId,
      areaId: patch.areaId ?? current.areaId,
      points: patch.points ?? current.points,
      minutes: patch.minutes ?? current.minutes ?? undefined,
      note: patch.note ?? current.note,
      // Left out: editEffort keeps the stored instant.
      day: patch.day,
    },
    now,
  );
}
