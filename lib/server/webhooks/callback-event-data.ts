import type { Callback } from "@/lib/generated/prisma/client";

/** What a callback event tells the receiver about the callback. */
export function callbackEventData(callback: Pick<Callback, "id" | "title" | "kind" | "state" | "counterparty" | "timesOutAt" | "settledAt" | "isLate">) {
  return {
    callback: {
      id: callback.id,
      title: callback.title,
      kind: callback.kind,
      state: callback.state,
      counterparty: callback.counterparty,
      timesOutAt: callback.timesOutAt.toISOString(),
      settledAt: callback.settledAt?.toISOString() ?? null,
      isLate: callback.isLate,
    },
  };
}
