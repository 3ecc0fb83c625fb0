import { listEffortPage } from "@/lib/server/effort/list-effort-page";
import { logEffort } from "@/lib/server/effort/log-effort";
import { createEffortOperation, listEffortOperation } from "@/lib/v1/operations/effort";
import { presentEffortEntry } from "@/lib/v1/present/effort";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(listEffortOperation, async ({ user, query }) => {
  const { items, nextCursor } = await listEffortPage(user, query);
  return { items: items.map((entry) => presentEffortEntry(entry, user.timeZone)), nextCursor };
});

export const POST = v1Route(createEffortOperation, async ({ user, body }) => presentEffortEntry(await logEffort(user, body, new Date()), user.timeZone));
