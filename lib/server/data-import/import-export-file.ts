import { getDb, type Tx } from "@/lib/db";
import { MAX_ACTIVE_COMMITMENTS } from "@/lib/domain/commitments";
import { AppError } from "@/lib/errors";
import type { ExportFile } from "@/lib/validation/data-export";
import { recomputeAggregates } from "@/lib/server/aggregates/recompute-aggregates";
import { importAreas } from "./import-areas";
import { importKindSettings, importKinds } from "./import-kinds";
import { insertJsonRows } from "./insert-json-rows";
import { type ImportResult, IMPORT_TRANSACTION, ROLLBACK_DRY_RUN, importIdFactory, remapIds } from "./import-support";


type Row = Record<string, unknown>;

/**
 * Imports a Lifeloop export into this account, all or nothing in one transaction (a dry run
 * rolls it back and reports what it would do). Every row gets a new id and references are mapped
 * through them (ids inside event data and review snapshots too). A row already imported from the
 * same source id, or that is this account's own (its own export imported back), is skipped with
 * its children, so importing a file twice adds nothing.
 *
 * Into a fresh account (nothing recorded yet) the file's profile, areas and kind defaults replace
 * the starting ones, so its export equals the file apart from ids; into an account in use, its
 * own settings stay, areas are matched by name and new ones arrive archived.
 */
export async function importExportFile(userId: string, file: ExportFile, options: { dryRun: boolean; now: Date }): Promise<ImportResult> {
  const newId = importIdFactory(options.now);
  let result: ImportResult | null = null;
  try {
    await getDb().$transaction(async (tx) => {
      result = await importInto(tx, userId, file, newId, options);
      if (options.dryRun) throw ROLLBACK_DRY_RUN;
      // Imported settled callbacks count in the all-time totals from the same commit.
      await recomputeAggregates(userId, tx);
    }, IMPORT_TRANSACTION);
  } catch (error) {
    if (error !== ROLLBACK_DRY_RUN) throw error;
  }
  return result!;
}

async function importInto(tx: Tx, userId: string, file: ExportFile, newId: () => string, options: { dryRun: boolean; now: Date }): Promise<ImportResult> {
  const [callbackCount, commitmentCount, effortCount, reviewCount] = await Promise.all([
    tx.callback.count({ where: { userId } }),
    tx.commitment.count({ where: { userId } }),
    tx.effortEntry.count({ where: { userId } }),
    tx.weeklyReview.count({ where: { userId } }),
  ]);
  const isFresh = callbackCount + commitmentCount + effortCount + reviewCount === 0;
  const ids = new Map<string, string>();
  const created: Record<string, number> = {};
  const skipped: Record<string, number> = {};

  if (isFresh) {
    await tx.user.update({ where: { id: userId }, data: { name: file.profile.name, timeZone: file.profile.timeZone, capacity: file.profile.capacity } });
    await tx.kindDefault.deleteMany({ where: { userId } });
    await tx.kindDefault.createMany({ data: file.kindDefaults.map((row) => ({ ...row, userId })) });
    created.kindDefaults = file.kindDefaults.length;
  } else {
    const existing = new Set((await tx.kindDefault.findMany({ where: { userId }, select: { kind: true } })).map((row) => row.kind));
    const missing = file.kindDefaults.filter((row) => !existing.has(row.kind));
    await tx.kindDefault.createMany({ data: missing.map((row) => ({ ...row, userId })) });
    created.kindDefaults = missing.length;
  }
  const areas = await importAreas(tx, userId, file.areas, { isFresh, newId, ids });
  created.areas = areas.created;
  // The user's own kinds before the callbacks that point at them; then every kind's area and stages.
  const kinds = await importKinds(tx, userId, file.kinds, { newId, ids });
  created.kinds = kinds.created;
  Object.assign(created, await importKindSettings(tx, userId, file, { isFresh, keys: kinds.keys, ids }));

  /** Which of a section's source ids to skip: imported before, or rows of this very account. */
  async function alreadyHere(entity: string, sourceIds: string[], ownIds: (ids: string[]) => Promise<{ id: string }[]>): Promise<Set<string>> {
    const [imported, own] = await Promise.all([
      tx.importedRow.findMany({ where: { userId, entity, sourceKey: { in: sourceIds } }, select: { sourceKey: true, targetId: true } }),
      ownIds(sourceIds),
    ]);
    for (const row of imported) ids.set(row.sourceKey, row.targetId);
    for (const row of own) ids.set(row.id, row.id);
    return new Set([...imported.map((row) => row.sourceKey), ...own.map((row) => row.id)]);
  }
  const imported: Row[] = [];
  function fresh<T extends { id: string }>(entity: string, rows: T[], skip: Set<string>): T[] {
    const kept = rows.filter((row) => !skip.has(row.id));
    for (const row of kept) {
      ids.set(row.id, newId());
      imported.push({ userId, entity, sourceKey: row.id, targetId: ids.get(row.id)!, importedAt: options.now });
    }
    created[entity] = kept.length;
    skipped[entity] = rows.length - kept.length;
    return kept;
  }

  // Ids are assigned section by section before anything references them.
  const callbackIds = file.callbacks.map((row) => row.id);
  const callbacks = fresh("callbacks", file.callbacks, await alreadyHere("callbacks", callbackIds, (list) => tx.callback.findMany({ where: { userId, id: { in: list } }, select: { id: true } })));
  const commitments = fresh(
    "commitments",
    file.commitments,
    await alreadyHere("commitments", file.commitments.map((row) => row.id), (list) => tx.commitment.findMany({ where: { userId, id: { in: list } }, select: { id: true } })),
  );
  const effort = fresh("effort", file.effort, await alreadyHere("effort", file.effort.map((row) => row.id), (list) => tx.effortEntry.findMany({ where: { userId, id: { in: list } }, select: { id: true } })));
  const reviewSkip = await alreadyHere("reviews", file.reviews.map((row) => row.id), (list) => tx.weeklyReview.findMany({ where: { userId, id: { in: list } }, select: { id: true } }));
  // One review per week: a week this account already reviewed keeps its own.
  const reviewedWeeks = new Set((await tx.weeklyReview.findMany({ where: { userId }, select: { weekStart: true } })).map((row) => row.weekStart.toISOString().slice(0, 10)));
  for (const review of file.reviews) if (reviewedWeeks.has(review.weekStart)) reviewSkip.add(review.id);
  const reviews = fresh("reviews", file.reviews, reviewSkip);
  const ticks = fresh("ticks", file.ticks, await alreadyHere("ticks", file.ticks.map((row) => row.id), (list) => tx.tick.findMany({ where: { userId, id: { in: list } }, select: { id: true } })));

  const ref = (id: string | null) => (id === null ? null : (ids.get(id) ?? null));
  // A reference to a callback that isn't here (skipped, then deleted) is dropped, as deleting it would.
  const existingCallbacks = new Set((await tx.callback.findMany({ where: { userId, id: { in: callbackIds.map((id) => ids.get(id)).filter((id): id is string => !!id) } }, select: { id: true } })).map((row) => row.id));
  for (const callback of callbacks) existingCallbacks.add(ids.get(callback.id)!);
  const callbackRef = (id: string | null) => {
    const target = ref(id);
    return target && existingCallbacks.has(target) ? target : null;
  };

  // Rows are written in file order (their new ids ascend in it), in bulk: one statement per 5,000 rows.
  const events: Row[] = [];
  await insertJsonRows(
    tx,
    "Callback",
    callbacks.map(({ events: callbackEvents, id, areaId, customKindId, ...rest }) => {
      const target = ids.get(id)!;
      for (const event of callbackEvents) events.push({ ...event, id: newId(), callbackId: target, userId, data: remapIds(event.data, ids) });
      return { ...rest, id: target, userId, areaId: ref(areaId), customKindId: ref(customKindId), updatedAt: options.now };
    }),
  );
  await insertJsonRows(tx, "CallbackEvent", events);
  created.events = events.length;

  await insertJsonRows(
    tx,
    "EffortEntry",
    effort.map((entry) => ({ ...entry, id: ids.get(entry.id)!, userId, areaId: ids.get(entry.areaId)!, callbackId: callbackRef(entry.callbackId), updatedAt: options.now })),
  );

  const checkIns: Row[] = [];
  const overrides: Row[] = [];
  await insertJsonRows(
    tx,
    "Commitment",
    commitments.map(({ checkIns: commitmentCheckIns, focusOverrides, id, areaId, ...rest }) => {
      const target = ids.get(id)!;
      for (const checkIn of commitmentCheckIns) checkIns.push({ ...checkIn, id: newId(), commitmentId: target, userId });
      for (const override of focusOverrides) overrides.push({ ...override, id: newId(), commitmentId: target, userId, callbackId: callbackRef(override.callbackId) });
      return { ...rest, id: target, userId, areaId: ref(areaId), updatedAt: options.now };
    }),
  );
  await insertJsonRows(tx, "CommitmentCheckIn", checkIns);
  await insertJsonRows(tx, "FocusOverride", overrides);
  created.checkIns = checkIns.length;
  created.focusOverrides = overrides.length;
  const active = await tx.commitment.count({ where: { userId, state: "ACTIVE" } });
  if (active > MAX_ACTIVE_COMMITMENTS) {
    throw new AppError("CONFLICT", `Importing this would make ${active} active commitments; at most ${MAX_ACTIVE_COMMITMENTS} can be active. Close some first.`);
  }

  await insertJsonRows(tx, "WeeklyReview", reviews.map((review) => ({ ...review, id: ids.get(review.id)!, userId, snapshot: remapIds(review.snapshot, ids) })));
  await insertJsonRows(tx, "Tick", ticks.map((tick) => ({ ...tick, id: ids.get(tick.id)!, userId })));
  await insertJsonRows(tx, "ImportedRow", imported);
  return { dryRun: options.dryRun, created, skipped };
}
