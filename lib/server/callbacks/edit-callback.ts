import { transition } from "@/lib/domain/callback-state";
import { AppError } from "@/lib/errors";
import type { Callback, Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { mutateCallback } from "@/lib/server/callbacks/mutate-callback";
import { resolveKind } from "@/lib/server/kinds/resolve-kind";
import type { EditCallbackInput } from "@/lib/validation/callbacks";

const EDITABLE = ["title", "kind", "customKindId", "energyStillNeeded", "areaId", "counterparty", "channel", "link", "notes", "startedAt", "expectedReplyBy", "timesOutAt", "payoff", "effort", "weight"] as const;
type Editable = (typeof EDITABLE)[number];

function comparable(value: unknown): unknown {
  // A damaged stored date (one JavaScript can't hold) compares as unchanged text, never throws.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "invalid date" : value.toISOString();
  return value ?? null;
}

/**
 * Edits a pending callback's details. The history records each changed field with its value
 * before and after. The probability is changed through evidence, not here. With
 * `expectedVersion` (the API's PATCH, which filled the fields it was not sent from that version),
 * a callback changed since then is a conflict rather than overwritten with stale values.
 */
export async function editCallback(actor: Actor, callbackId: string, input: EditCallbackInput, now: Date, options: { expectedVersion?: number } = {}): Promise<Callback> {
  return mutateCallback(actor, callbackId, async (callback, tx) => {
    if (options.expectedVersion !== undefined && callback.version !== options.expectedVersion) {
      throw new AppError("CONFLICT", "This callback changed in the meantime. Read it again and retry.");
    }
    transition(callback.state, "EDIT");
    if (input.areaId) {
      const area = await tx.area.findFirst({ where: { id: input.areaId, userId: actor.id }, select: { id: true } });
      if (!area) throw new AppError("INVALID", "Choose one of your areas.", { areaId: ["Choose one of your areas."] });
    }
    // A kind of the user's own is stored as OTHER with its row (an archived one may stay on a bet that has it).
    const resolved = await resolveKind(actor.id, input.kind, { allowArchived: true, tx });
    if (resolved.customKind?.archivedAt && resolved.customKind.id !== callback.customKindId) {
      throw new AppError("INVALID", "Choose one of your kinds.", { kind: ["Choose one of your kinds."] });
    }
    const next = {
      ...input,
      kind: resolved.kind,
      customKindId: resolved.customKind?.id ?? null,
      energyStillNeeded: input.energyStillNeeded ?? null,
      areaId: input.areaId ?? null,
      counterparty: input.counterparty ?? "",
      channel: input.channel ?? "",
      link: input.link ?? "",
      notes: input.notes ?? "",
      startedAt: input.startedAt ?? callback.startedAt,
      expectedReplyBy: input.expectedReplyBy ?? callback.expectedReplyBy,
      timesOutAt: input.timesOutAt ?? callback.timesOutAt,
      payoff: input.payoff ?? callback.payoff,
      effort: input.effort ?? callback.effort,
      weight: input.weight ?? callback.weight,
    };
    if (next.expectedReplyBy <= next.startedAt || next.timesOutAt < next.expectedReplyBy) {
      const message = "Deadlines must come after the start, and the timeout not before the expected reply.";
      throw new AppError("INVALID", message, { timesOutAt: [message] });
    }
    const changes: Partial<Record<Editable, { before: unknown; after: unknown }>> = {};
    for (const field of EDITABLE) {
      const before = comparable(callback[field]);
      const after = comparable(next[field]);
      if (before !== after) changes[field] = { before, after };
    }
    if (Object.keys(changes).length === 0) throw new AppError("INVALID", "Nothing changed.");
    const data = Object.fromEntries(Object.keys(changes).map((field) => [field, next[field as Editable]])) as Prisma.CallbackUncheckedUpdateManyInput;
    // A deadline set in an edit is the user's own: no contact moves it by itself afterwards.
    if (changes.expectedReplyBy) data.expectedReplySource = "USER";
    if (changes.timesOutAt) data.timeoutSource = "USER";
    // Silence counts from the start until the first contact: a moved start moves it too.
    if (changes.startedAt && callback.lastContactAt.getTime() === callback.startedAt.getTime()) data.lastContactAt = next.startedAt;
    return {
      data,
      event: { type: "EDITED", at: now, label: `Edited ${Object.keys(changes).join(", ")}`, data: changes as object },
    };
  });
}
