import type { WeekFigures } from "@/lib/domain/review";

export const REFLECTION_KEYS = ["stopDoing", "doubleDown", "blockOn"] as const;
export type ReflectionKey = (typeof REFLECTION_KEYS)[number];

export const REFLECTION_PROMPTS: Record<ReflectionKey, { label: string; placeholder: string }> = {
  stopDoing: { label: "What to stop", placeholder: "Bets that keep timing out with no reply…" },
  doubleDown: { label: "What to double", placeholder: "The channel that produced this week's yes…" },
  blockOn: { label: "What to block on", placeholder: "The one thing that deserves next week's focus…" },
};

/** A nudge under each prompt, drawn from the week's figures (none when nothing stands out). */
export function reflectionHints(figures: WeekFigures): Partial<Record<ReflectionKey, string>> {
  const hints: Partial<Record<ReflectionKey, string>> = {};
  const under = [...figures.allocation].sort((a, b) => a.driftPp - b.driftPp)[0];
  const over = [...figures.allocation].sort((a, b) => b.driftPp - a.driftPp)[0];
  if (figures.settled.timedOut > 0) hints.stopDoing = `${figures.settled.timedOut} bet${figures.settled.timedOut === 1 ? "" : "s"} timed out in silence this week.`;
  else if (over && figures.effortPoints > 0 && over.driftPp >= 10) hints.stopDoing = `${over.name} is ${Math.round(over.driftPp)} pp over target.`;
  const best = figures.payoffs.top[0];
  if (best) hints.doubleDown = `“${best.title}” produced the most value (${best.value}).`;
  if (under && figures.effortPoints > 0 && under.driftPp <= -10) hints.blockOn = `${under.name} is ${Math.round(-under.driftPp)} pp under target.`;
  return hints;
}
