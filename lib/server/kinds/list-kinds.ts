import { getDb } from "@/lib/db";
import { CALLBACK_KINDS, type CallbackKind } from "@/lib/domain/kind-defaults";
import { defaultEnergyNeeded } from "@/lib/domain/forward-ranking";
import { getKindAreas } from "@/lib/server/kind-defaults/kind-areas";
import { getKindDefaults } from "@/lib/server/kind-defaults/get-kind-defaults";

/** One of the user's kinds with its defaults: a built-in one (their saved defaults or the built-in ones) or their own. */
export type UserKind = {
  key: string;
  name: string;
  builtIn: boolean;
  /** the Kind row's id for a custom kind; null for a built-in one */
  id: string | null;
  archived: boolean;
  /** the Callback.kind a callback of this kind is stored with (OTHER for a custom kind) */
  storedKind: CallbackKind;
  expectedReplyDays: number;
  timeoutDays: number;
  followUpDays: number[];
  defaultPrior: number;
  defaultPayoff: number;
  /** energy points a new bet of this kind still needs by default */
  defaultEnergyNeeded: number;
  /** the kind's default area (KindArea), built-in or own; null: none */
  defaultAreaId: string | null;
};

/**
 * The user's kinds: the six built-in ones in menu order, then their own in the order they were
 * added (archived ones only with `includeArchived`). Three queries.
 */
export async function listKinds(userId: string, options: { includeArchived?: boolean } = {}): Promise<UserKind[]> {
  const [defaults, areas, rows] = await Promise.all([
    getKindDefaults(userId),
    getKindAreas(userId),
    getDb().kind.findMany({
      where: { userId, ...(options.includeArchived ? {} : { archivedAt: null }) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const builtIns = CALLBACK_KINDS.map((kind): UserKind => {
    const d = defaults[kind];
    return {
      key: kind,
      name: d.label,
      builtIn: true,
      id: null,
      archived: false,
      storedKind: kind,
      expectedReplyDays: d.expectedReplyDays,
      timeoutDays: d.timeoutDays,
      followUpDays: [...d.followUpDays],
      defaultPrior: d.defaultPrior,
      defaultPayoff: d.defaultPayoff,
      defaultEnergyNeeded: defaultEnergyNeeded(kind),
      defaultAreaId: areas[kind] ?? null,
    };
  });
  const custom = rows.map(
    (row): UserKind => ({
      key: row.key,
      name: row.name,
      builtIn: false,
      id: row.id,
      archived: row.archivedAt !== null,
      storedKind: "OTHER",
      expectedReplyDays: row.expectedReplyDays,
      timeoutDays: row.timeoutDays,
      followUpDays: row.followUpDays,
      defaultPrior: row.defaultPrior,
      defaultPayoff: row.defaultPayoff,
      defaultEnergyNeeded: row.defaultEnergyNeeded ?? defaultEnergyNeeded("OTHER"),
      defaultAreaId: areas[row.key] ?? null,
    }),
  );
  return [...builtIns, ...custom];
}

/** The key a callback row is of: its custom kind's key, else its built-in kind. */
export function callbackKindKey(row: { kind: string; customKindId: string | null }, kinds: readonly UserKind[]): string {
  if (row.customKindId) return kinds.find((kind) => kind.id === row.customKindId)?.key ?? row.kind;
  return row.kind;
}
