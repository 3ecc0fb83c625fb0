import { getDb } from "@/lib/db";
import { type CallbackKind, type KindDefaultsInput, validateKindDefaults } from "@/lib/domain/kind-defaults";
import { AppError } from "@/lib/errors";

/** Saves the user's own defaults for one kind, after the domain's checks (all or nothing). */
export async function saveKindDefaults(userId: string, kind: CallbackKind, input: KindDefaultsInput): Promise<void> {
  const fieldErrors = validateKindDefaults(input);
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("INVALID", "Please fix the highlighted fields.", fieldErrors as Record<string, string[]>);
  }
  const data = { ...input, followUpDays: [...input.followUpDays] };
  await getDb().kindDefault.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, ...data },
    update: data,
  });
}
