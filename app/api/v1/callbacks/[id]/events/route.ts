import { listCallbackEvents } from "@/lib/server/callbacks/list-callback-events";
import { listCallbackEventsOperation } from "@/lib/v1/operations/callbacks";
import { presentCallbackEvent } from "@/lib/v1/present/callback";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(listCallbackEventsOperation, async ({ user, params }) => ({
  items: (await listCallbackEvents(user, params.id)).map(presentCallbackEvent),
}));
