/**
 * A realistic made-up history for "explore with sample data": about ten weeks of bets of every
 * kind, most of them settled (some yes, more no, a few timed out) with forecasts that are
 * roughly calibrated, a handful still open, and effort logged across the areas most days. Pure
 * and deterministic: the same `seed` and `now` give the same history.
 */
import { type CallbackKind, KIND_DEFAULTS } from "./kind-defaults";
import { seededRandom } from "./seeded-random";

const DAY_MS = 86_400_000;

export type SampleCallback = {
  kind: CallbackKind;
  title: string;
  counterparty: string;
  /** index into the user's areas (null: no area) */
  areaIndex: number | null;
  startedAt: Date;
  expectedReplyBy: Date;
  timesOutAt: Date;
  expectedReplyDays: number;
  timeoutDays: number;
  followUpDays: number[];
  prior: number;
  payoff: number;
  effort: number;
  /** null: still pending */
  outcome: { state: "FULFILLED" | "REJECTED" | "TIMED_OUT"; at: Date; forecast: number; realisedPayoff: number | null } | null;
};

export type SampleEffort = { areaIndex: number; points: number; minutes: number; spentAt: Date; note: string };

export type SampleHistory = { callbacks: SampleCallback[]; effort: SampleEffort[] };

const TITLES: Record<CallbackKind, { title: string; counterparty: string }[]> = {
  JOB_APPLICATION: [
    { title: "Applied to Acme, backend role", counterparty: "Acme" },
    { title: "Applied to Northwind, platform engineer", counterparty: "Northwind" },
    { title: "Referral to Globex via Sam", counterparty: "Globex" },
    { title: "Applied to Initech, staff engineer", counterparty: "Initech" },
    { title: "Take-home for Umbrella submitted", counterparty: "Umbrella" },
  ],
  NETWORKING_MESSAGE: [
    { title: "Coffee chat ask to Priya", counterparty: "Priya" },
    { title: "Intro request to a data team lead", counterparty: "Marco" },
    { title: "Asked Lena for feedback on my CV", counterparty: "Lena" },
    { title: "Reconnected with an old manager", counterparty: "Tom" },
    { title: "Meetup organiser: speaker slot?", counterparty: "Aisha" },
  ],
  LEARNING_BET: [
    { title: "Course project submitted for review", counterparty: "" },
    { title: "Kaggle notebook: will it get a medal?", counterparty: "" },
    { title: "Open-source PR to a parser library", counterparty: "Maintainers" },
  ],
  CREATIVE_LAUNCH: [
    { title: "Blog post on event loops published", counterparty: "" },
    { title: "Talk proposal sent to a conference", counterparty: "Programme committee" },
    { title: "Side project launched on a forum", counterparty: "" },
  ],
  HEALTH: [
    { title: "Physio referral requested", counterparty: "Clinic" },
    { title: "Blood test results pending", counterparty: "GP" },
  ],
  OTHER: [
    { title: "Landlord: fix the heating", counterparty: "Landlord" },
    { title: "Refund request for a cancelled flight", counterparty: "Airline" },
  ],
};

/** Which of the five starting areas a kind usually belongs to (Health, Knowledge, Networking, Creative, Exploration). */
const KIND_AREA: Record<CallbackKind, number | null> = {
  JOB_APPLICATION: 1,
  NETWORKING_MESSAGE: 2,
  LEARNING_BET: 1,
  CREATIVE_LAUNCH: 3,
  HEALTH: 0,
  OTHER: null,
};

const KIND_MIX: CallbackKind[] = [
  "JOB_APPLICATION",
  "JOB_APPLICATION",
  "JOB_APPLICATION",
  "NETWORKING_MESSAGE",
  "NETWORKING_MESSAGE",
  "NETWORKING_MESSAGE",
  "NETWORKING_MESSAGE",
  "LEARNING_BET",
  "CREATIVE_LAUNCH",
  "HEALTH",
  "OTHER",
];

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export function generateSampleHistory(now: Date, { seed = 7, weeks = 10, areaCount = 5 }: { seed?: number; weeks?: number; areaCount?: number } = {}): SampleHistory {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const areaFor = (kind: CallbackKind) => {
    const index = KIND_AREA[kind];
    return index === null || index >= areaCount ? null : index;
  };
  const callbacks: SampleCallback[] = [];
  const total = weeks * 4;
  for (let index = 0; index < total; index++) {
    const kind = KIND_MIX[index % KIND_MIX.length]!;
    const defaults = KIND_DEFAULTS[kind];
    const { title, counterparty } = pick(TITLES[kind]);
    // Spread over the weeks, the newest few days ago; the last few are still open.
    const daysAgo = round((weeks * 7 * (total - index)) / total - next() * 2 + 1, 3);
    const startedAt = new Date(now.getTime() - daysAgo * DAY_MS);
    const prior = round(Math.min(0.9, Math.max(0.05, defaults.defaultPrior * (0.7 + next() * 0.9))));
    const payoff = Math.max(1, Math.min(10, Math.round(defaults.defaultPayoff + (next() - 0.5) * 4)));
    const expectedReplyBy = new Date(startedAt.getTime() + defaults.expectedReplyDays * DAY_MS);
    const timesOutAt = new Date(startedAt.getTime() + defaults.timeoutDays * DAY_MS);
    let outcome: SampleCallback["outcome"] = null;
    if (timesOutAt.getTime() <= now.getTime() || next() < 0.55) {
      const roll = next();
      // Roughly calibrated: yes about as often as the prior says (a little better, the person learns).
      const replyDays = Math.min(defaults.timeoutDays * 0.9, defaults.expectedReplyDays * (0.3 + next() * 1.4));
      const replyAt = new Date(Math.min(now.getTime() - DAY_MS / 4, startedAt.getTime() + replyDays * DAY_MS));
      if (replyAt.getTime() > startedAt.getTime()) {
        if (roll < prior * 1.15) outcome = { state: "FULFILLED", at: replyAt, forecast: prior, realisedPayoff: payoff };
        else if (roll < 0.75) outcome = { state: "REJECTED", at: replyAt, forecast: round(prior * 0.8, 3), realisedPayoff: 0 };
        else if (timesOutAt.getTime() <= now.getTime()) outcome = { state: "TIMED_OUT", at: timesOutAt, forecast: round(prior * 0.3, 3), realisedPayoff: null };
      }
    }
    callbacks.push({
      kind,
      title,
      counterparty,
      areaIndex: areaFor(kind),
      startedAt,
      expectedReplyBy,
      timesOutAt,
      expectedReplyDays: defaults.expectedReplyDays,
      timeoutDays: defaults.timeoutDays,
      followUpDays: [...defaults.followUpDays],
      prior,
      payoff,
      effort: round(1 + next() * 4, 1),
      outcome,
    });
  }
  const effort: SampleEffort[] = [];
  const notes = ["Run", "Study session", "Messages and follow-ups", "Writing", "Tried something new"];
  for (let day = weeks * 7 - 1; day >= 0; day--) {
    for (let area = 0; area < areaCount; area++) {
      // Some areas get more days than others, so the allocation drifts from the targets.
      const chance = [0.45, 0.5, 0.35, 0.2, 0.12][area] ?? 0.2;
      if (next() >= chance) continue;
      const minutes = 20 + Math.round(next() * 70);
      const spentAt = new Date(now.getTime() - day * DAY_MS - (2 + next() * 8) * 3_600_000);
      if (spentAt.getTime() >= now.getTime()) continue;
      effort.push({ areaIndex: area, points: round(minutes / 30, 1), minutes, spentAt, note: notes[area] ?? "" });
    }
  }
  return { callbacks, effort };
}
