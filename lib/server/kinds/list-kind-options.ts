import { getDb } from "@/lib/db";
import { type PriorSuggestion, suggestPriorFromCounts } from "@/lib/domain/base-rate";
import { CALLBACK_KINDS, type CallbackKind, KIND_DEFAULTS } from "@/lib/domain/kind-defaults";
import { kindPlural } from "@/lib/domain/kinds";
import { describeReplySource } from "@/lib/domain/reply-curve";
import { suggestPriors } from "@/lib/server/callbacks/suggest-priors";
import { getKindDefaults } from "@/lib/server/kind-defaults/get-kind-defaults";
import { getReplyModels } from "@/lib/server/learning/get-reply-models";
import { listKinds, type UserKind } from "@/lib/server/kinds/list-kinds";

/** A kind as the capture form offers it: its defaults, the prior it suggests and where its reply curve comes from. */
export type KindOption = Pick<UserKind, "key" | "name" | "builtIn" | "expectedReplyDays" | "timeoutDays" | "followUpDays" | "defaultPayoff" | "defaultEnergyNeeded" | "defaultAreaId"> & {
  prior: PriorSuggestion;
  /** "from 23 of your replies" or "default for job applications" */
  curveText: string;
  /** the median reply time of the curve in use, days */
  medianDays: number;
  /** the kind's name in the plural, lower case */
  plural: string;
};

/** The user's active kinds for the capture form, each with its suggested prior and reply curve. */
export async function listKindOptions(userId: string, now: Date): Promise<KindOption[]> {
  const kinds = await listKinds(userId);
  const [defaults, curves, customCounts] = await Promise.all([
    getKindDefaults(userId),
    getReplyModels(userId, kinds, now),
    getDb().callback.groupBy({
      by: ["customKindId", "state"],
      where: { userId, customKindId: { not: null }, state: { in: ["FULFILLED", "REJECTED", "TIMED_OUT"] } },
      _count: { _all: true },
    }),
  ]);
  const builtInPriors = await suggestPriors(userId, defaults);
  return kinds.map((kind) => {
    let prior: PriorSuggestion;
    if (kind.builtIn) prior = builtInPriors[kind.key as CallbackKind];
    else {
      const rows = customCounts.filter((row) => row.customKindId === kind.id);
      const settled = rows.reduce((sum, row) => sum + row._count._all, 0);
      const fulfilled = rows.find((row) => row.state === "FULFILLED")?._count._all ?? 0;
      prior = suggestPriorFromCounts({ fulfilled, settled, defaultPrior: kind.defaultPrior });
    }
    const model = curves.get(kind.key)!.model;
    const plural = kindPlural(kind.key, kind.name);
    return {
      key: kind.key,
      name: kind.name,
      builtIn: kind.builtIn,
      expectedReplyDays: kind.expectedReplyDays,
      timeoutDays: kind.timeoutDays,
      followUpDays: kind.followUpDays,
      defaultPayoff: kind.defaultPayoff,
      defaultEnergyNeeded: kind.defaultEnergyNeeded,
      defaultAreaId: kind.defaultAreaId,
      prior,
      curveText: describeReplySource(model, plural),
      medianDays: model.medianDays,
      plural,
    };
  });
}

/** Just the keys and names of the user's active kinds (the quick-capture menu on every page): one small query. */
export async function listKindNames(userId: string): Promise<{ key: string; name: string }[]> {
  const custom = await getDb().kind.findMany({ where: { userId, archivedAt: null }, select: { key: true, name: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return [...CALLBACK_KINDS.map((key) => ({ key, name: KIND_DEFAULTS[key].label })), ...custom];
}
