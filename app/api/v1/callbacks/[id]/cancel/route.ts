import { cancelCallback } from "@/lib/server/callbacks/cancel-callback";
import { cancelCallbackOperation } from "@/lib/v1/operations/callbacks";
import { callbackActionReplay } from "@/lib/v1/present/callback-action-replay";
import { presentCallback } from "@/lib/v1/present/callback";
import { v1Route } from "@/lib/v1/route";

export const POST = v1Route(
  cancelCallbackOperation,
  async ({ user, params, body }) => {
    const now = new Date();
    return presentCallback(await cancelCallback(user, params.id, body, now), now);
  },
  { replay: callbackActionReplay },
);
