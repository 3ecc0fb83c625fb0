import type { Tx } from "@/lib/db";
import { isBuiltInKind } from "@/lib/domain/kinds";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportFile } from "@/lib/validation/data-export";

/**
 * The file's own kinds in this account, matched by key, else by name (both unique per account):
 * a match keeps this account's kind as it is, anything else is added with a new id. Fills `ids`
 * with old kind id → this account's, and returns the file's kind keys → this account's keys.
 */
export async function importKinds(
  tx: Tx,
  userId: string,
  kinds: ExportFile["kinds"],
  options: { newId: () => string; ids: Map<string, string> },
): Promise<{ created: number; keys: Map<string, string> }> {
  const existing = await tx.kind.findMany({ where: { userId }, select: { id: true, key: true, name: true } });
  const byKey = new Map(existing.map((kind) => [kind.key, kind]));
  const byName = new Map(existing.map((kind) => [kind.name.toLowerCase(), kind]));
  const keys = new Map<string, string>();
  const rows: Prisma.KindCreateManyInput[] = [];
  for (const { id: sourceId, ...kind } of kinds) {
    const match = byKey.get(kind.key) ?? byName.get(kind.name.toLowerCase());
    if (match) {
      options.ids.set(sourceId, match.id);
      keys.set(kind.key, match.key);
      continue;
    }
    const id = options.newId();
    options.ids.set(sourceId, id);
    keys.set(kind.key, kind.key);
    const added = { id, key: kind.key, name: kind.name };
    byKey.set(kind.key, added);
    byName.set(kind.name.toLowerCase(), added);
    rows.push({ ...kind, id, userId });
  }
  await tx.kind.createMany({ data: rows });
  return { created: rows.length, keys };
}

/**
 * Every kind's default area and edited stages from the file. Into a fresh account they replace
 * the starting ones (as kind defaults do); into an account in use only kinds without one of their
 * own get the file's. Kind keys go through `keys` (built-in ones stay), areas through `ids`.
 */
export async function importKindSettings(
  tx: Tx,
  userId: string,
  file: Pick<ExportFile, "kindAreas" | "stageLadders">,
  options: { isFresh: boolean; keys: Map<string, string>; ids: Map<string, string> },
): Promise<{ kindAreas: number; stageLadders: number }> {
  const kindKey = (key: string) => (isBuiltInKind(key) ? key : options.keys.get(key));
  if (options.isFresh) {
    await tx.kindArea.deleteMany({ where: { userId } });
    await tx.stageLadder.deleteMany({ where: { userId } });
  }
  const [areasHere, laddersHere] = await Promise.all([
    tx.kindArea.findMany({ where: { userId }, select: { kindKey: true } }),
    tx.stageLadder.findMany({ where: { userId }, select: { kindKey: true } }),
  ]);
  const hasArea = new Set(areasHere.map((row) => row.kindKey));
  const hasLadder = new Set(laddersHere.map((row) => row.kindKey));
  const kindAreas: Prisma.KindAreaCreateManyInput[] = [];
  for (const row of file.kindAreas) {
    const key = kindKey(row.kind);
    const areaId = options.ids.get(row.areaId);
    if (!key || !areaId || hasArea.has(key)) continue;
    hasArea.add(key);
    kindAreas.push({ userId, kindKey: key, areaId });
  }
  const ladders: Prisma.StageLadderCreateManyInput[] = [];
  for (const row of file.stageLadders) {
    const key = kindKey(row.kind);
    if (!key || hasLadder.has(key)) continue;
    hasLadder.add(key);
    ladders.push({ userId, kindKey: key, stages: row.stages });
  }
  await tx.kindArea.createMany({ data: kindAreas });
  await tx.stageLadder.createMany({ data: ladders });
  return { kindAreas: kindAreas.length, stageLadders: ladders.length };
}
