// A settled history to learn from: callbacks inserted directly with the reply times a test needs.
import { getDb } from "@/lib/db";
import type { Prisma, User } from "@/lib/generated/prisma/client";
import { addDays, callbackData } from "../callbacks/helpers";

export type SettledSpec = { replyDays: number; outcome: "FULFILLED" | "REJECTED" | "TIMED_OUT" | "CANCELLED" };

/**
 * Inserts one settled callback per spec, of `kind` (or a custom kind), each started `ageDays`
 * before `now` with its reply (or end) `replyDays` after the start (no follow-ups: the silence
 * runs from the start).
 */
export async function insertSettledHistory(
  user: Pick<User, "id">,
  specs: readonly SettledSpec[],
  options: { now: Date; ageDays?: number; kind?: Prisma.CallbackUncheckedCreateInput["kind"]; customKindId?: string },
): Promise<void> {
  const data = specs.map((spec, index) => {
    const startedAt = addDays(options.now, -(options.ageDays ?? 60) - index / 100);
    return callbackData(user, startedAt, {
      kind: options.kind ?? "JOB_APPLICATION",
      customKindId: options.customKindId ?? null,
      title: `Settled ${index}`,
      state: spec.outcome,
      expectedReplyDays: 14,
      settledAt: addDays(startedAt, spec.replyDays),
      probabilityAtSettlement: 0.3,
    });
  });
  await getDb().callback.createMany({ data });
}

/**
 * The fixture: 60 settled job applications whose replies cluster around 5 days — 12 at
 * 4 days, 36 at 5, 12 at 6; 20 of them yeses (4, 12 and 4). Hand-computed Kaplan–Meier (no
 * censoring among them): S(4) = 48/60 = 0.8, S(5) = 12/60 = 0.2, S(6) = 0; median 5 days.
 */
export function clusteredJobReplies(): SettledSpec[] {
  const specs: SettledSpec[] = [];
  const add = (replyDays: number, yes: number, no: number) => {
    for (let i = 0; i < yes; i += 1) specs.push({ replyDays, outcome: "FULFILLED" });
    for (let i = 0; i < no; i += 1) specs.push({ replyDays, outcome: "REJECTED" });
  };
  add(4, 4, 8);
  add(5, 12, 24);
  add(6, 4, 8);
  return specs;
}
