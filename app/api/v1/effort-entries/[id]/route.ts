import { deleteEffort } from "@/lib/server/effort/delete-effort";
import { patchEffort } from "@/lib/server/effort/patch-effort";
import { deleteEffortOperation, updateEffortOperation } from "@/lib/v1/operations/effort";
import { presentEffortEntry } from "@/lib/v1/present/effort";
import { v1Route } from "@/lib/v1/route";

export const PATCH = v1Route(updateEffortOperation, async ({ user, params, body }) => presentEffortEntry(await patchEffort(user, params.id, body, new Date()), user.timeZone));

export const DELETE = v1Route(deleteEffortOperation, async ({ user, params }) => {
  await deleteEffort(user, params.id, new Date());
  return null;
});
