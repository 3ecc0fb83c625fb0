import { getDb } from "@/lib/db";
import { isDomainError } from "@/lib/domain/errors";
import { parseStageLadder } from "@/lib/domain/stage-text";
import { AppError } from "@/lib/errors";
import { listKinds } from "@/lib/server/kinds/list-kinds";
import { getStageLadder, presetLadderFor } from "@/lib/server/stages/get-stage-ladder";

/**
 * Saves the stages of one of the user's kinds from the form's text ("Applied, Screen ×3, …");
 * blank text goes back to the kind's preset (or no stages when it has none). Stages whose names
 * stay keep their keys, so bets at them stay put.
 */
export async function saveStageLadder(userId: string, kindKey: string, text: string): Promise<void> {
  const kinds = await listKinds(userId, { includeArchived: true });
  const kind = kinds.find((entry) => entry.key === kindKey);
  if (!kind) throw new AppError("NOT_FOUND", "That kind was not found.");
  const db = getDb();
  if (text.trim() === "") {
    await db.stageLadder.deleteMany({ where: { userId, kindKey } });
    return;
  }
  const current = await getStageLadder(userId, kind);
  let stages;
  try {
    stages = parseStageLadder(text, current?.definition ?? presetLadderFor(kindKey) ?? []);
  } catch (error) {
    if (isDomainError(error)) throw new AppError("INVALID", error.message, { stages: [error.message] });
    throw error;
  }
  await db.stageLadder.upsert({
    where: { userId_kindKey: { userId, kindKey } },
    create: { userId, kindKey, stages },
    update: { stages },
  });
}
