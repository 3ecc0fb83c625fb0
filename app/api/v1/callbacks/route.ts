import { AppError } from "@/lib/errors";
import { captureCallback } from "@/lib/server/callbacks/capture-callback";
import { getCallback } from "@/lib/server/callbacks/get-callback";
import { listCallbacksByCursor } from "@/lib/server/callbacks/list-callbacks-by-cursor";
import { createCallbackOperation, listCallbacksOperation } from "@/lib/v1/operations/callbacks";
import { presentCallback, presentCallbackListItem } from "@/lib/v1/present/callback";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(listCallbacksOperation, async ({ user, query }) => {
  const { items, nextCursor } = await listCallbacksByCursor(user, query, new Date());
  return { items: items.map(presentCallbackListItem), nextCursor };
});

/**
 * Scripts can't answer the app's questions, so the API goes ahead unless the client asks to be
 * asked (`confirmOverflow: false` / `confirmCompeting: false`) and reports them as `warnings`.
 */
export const POST = v1Route(
  createCallbackOperation,
  async ({ user, body }) => {
    const now = new Date();
    const result = await captureCallback(user, { ...body, confirmOverflow: body.confirmOverflow ?? true, confirmCompeting: body.confirmCompeting ?? true }, now);
    if (result.status === "needs-confirmation") {
      const { message, reason, reasons, load, capacity, competing } = result;
      throw new AppError("NEEDS_CONFIRMATION", message, undefined, { details: { reason, reasons, load, capacity, competing } });
    }
    return { ...presentCallback(result.callback, now), warnings: result.confirmed.map(({ reason, message }) => ({ code: reason, message })) };
  },
  {
    // The capture committed but its answer was lost: the callback as it is now, without warnings.
    replay: async ({ user, resultRef }) => {
      const now = new Date();
      return { ...presentCallback((await getCallback(user, resultRef, now)).callback, now), warnings: [] };
    },
  },
);
