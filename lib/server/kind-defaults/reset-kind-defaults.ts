import { getDb } from "@/lib/db";
import type { CallbackKind } from "@/lib/domain/kind-defaults";

/** Goes back to the built-in defaults for one kind. */
export async function resetKindDefaults(userId: string, kind: CallbackKind): Promise<void> {
  await getDb().kindDefault.deleteMany({ where: { userId, kind } });
}
