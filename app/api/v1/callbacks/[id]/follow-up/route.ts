import { logFollowUp } from "@/lib/server/callbacks/log-follow-up";
import { followUpCallbackOperation } from "@/lib/v1/operations/callbacks";
import { callbackActionReplay } from "@/lib/v1/present/callback-action-replay";
import { presentCallback } from "@/lib/v1/present/callback";
import { v1Route } from "@/lib/v1/route";

export const POST = v1Route(
  followUpCallbackOperation,
  async ({ user, params, body }) => {
    const now = new Date();
    return presentCallback(await logFollowUp(user, params.id, body, now), now);
  },
  { replay: callbackActionReplay },
);
