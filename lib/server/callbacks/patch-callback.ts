import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { editCallback } from "@/lib/server/callbacks/edit-callback";
import type { EditCallbackInput } from "@/lib/validation/callbacks";
import type { PatchCallbackInput } from "@/lib/validation/v1/callbacks";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";

/**
 * Changes some of a pending callback's details (the API's PATCH): fields left out keep their
 * stored value, then it is the edit form's save (editCallback: the same rules, the history
 * entry with each field before and after). The stored row is read with the version it had, and
 * the edit is refused with a conflict if anything changed it in between, so a concurrent write is
 * never overwritten with stale values.
 */
export async function patchCallback(actor: Actor, callbackId: string, patch: PatchCallbackInput, now: Date): Promise<Callback> {
  const current = await getDb().callback.findFirst({ where: { id: callbackId, userId: actor.id } });
  if (!current) throw notFound("That callback");
  const full: EditCallbackInput = {
    title: patch.title ?? current.title,
    kind: patch.kind ?? (current.customKindId ? ((await getDb().kind.findUnique({ where: { id: current.customKindId }, select: { key: true } }))?.key ?? current.kind) : current.kind),
    energyStillNeeded: patch.energyStillNeeded === undefined ? current.energyStillNeeded : patch.energyStillNeeded,
    areaId: patch.areaId === undefined ? (current.areaId ?? undefined) : patch.areaId || undefined,
    counterparty: patch.counterparty ?? current.counterparty,
    channel: patch.channel ?? current.channel,
    link: patch.link ?? current.link,
    notes: patch.notes ?? current.notes,
    startedAt: patch.startedAt ?? current.startedAt,
    expectedReplyBy: patch.expectedReplyBy ?? current.expectedReplyBy,
    timesOutAt: patch.timesOutAt ?? current.timesOutAt,
    payoff: patch.payoff ?? current.payoff,
    effort: patch.effort ?? current.effort,
    weight: patch.weight ?? current.weight,
  };
  return editCallback(actor, callbackId, full, now, { expectedVersion: current.version });
}
