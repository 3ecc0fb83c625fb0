"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import { setKindArea } from "@/lib/server/kind-defaults/kind-areas";
import { kindKeySchema } from "@/lib/validation/callbacks";
import { idTextSchema } from "@/lib/validation/primitives";

/** A built-in kind or one of the user's own (checked by setKindArea), and an area id or "" for none. */
const kindAreaSchema = z.object({ kind: kindKeySchema, areaId: z.string().trim().pipe(z.union([z.literal(""), idTextSchema("That area was not found.")])) });

export async function setKindAreaAction(input: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
  const parsed = kindAreaSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => setKindArea(user.id, parsed.data.kind, parsed.data.areaId || null));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
