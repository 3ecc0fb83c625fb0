import { PRIOR_MAX, PRIOR_MIN } from "./probability";

/** What a callback is about; each kind has its own defaults. */
export type CallbackKind = "JOB_APPLICATION" | "NETWORKING_MESSAGE" | "LEARNING_BET" | "CREATIVE_LAUNCH" | "HEALTH" | "OTHER";

/** Every kind, in menu order. */
export const CALLBACK_KINDS: readonly CallbackKind[] = [
  "JOB_APPLICATION",
  "NETWORKING_MESSAGE",
  "LEARNING_BET",
  "CREATIVE_LAUNCH",
  "HEALTH",
  "OTHER",
];

/** The editable part of a kind's defaults (Settings → kind defaults). */
export type KindDefaultsInput = {
  /** Median reply time, days > 0 (may be fractional): sets expected-reply-by and silence decay. */
  expectedReplyDays: number;
  /** Days from start (or the matching point after the last follow-up) to times-out-at; ≥ expectedReplyDays. */
  timeoutDays: number;
  /** Follow-up days counted from the start when each is sent on time: positive, strictly increasing, < timeoutDays. */
  followUpDays: readonly number[];
  /** Probability in [0.01, 0.99] used when there is no settled history. */
  defaultPrior: number;
  /** Value if it succeeds, 1–10. */
  defaultPayoff: number;
};

export type KindDefaults = KindDefaultsInput & { kind: CallbackKind; label: string };

/** Payoff range of a callback: value if it succeeds, 1–10. */
export const PAYOFF_MIN = 1;
export const PAYOFF_MAX = 10;

// Choices where DESIGN.md is silent:
// - job application: follow up a week after applying and again at two weeks; 1-in-10 prior
//   (typical cold-application response rates are lower, but users apply selectively); payoff 8.
// - networking message: 3/10/17 then time out 4 days after the last follow-up (day 21); prior 0.3.
// - learning bet: "user-set" in DESIGN; a month to see a signal, two to call it; no one to nudge.
// - creative launch: reactions come in a week or never; no follow-ups (an audience isn't nudged).
// - health: results/referrals within a week, nudged weekly; high payoff.
export const KIND_DEFAULTS: Readonly<Record<CallbackKind, KindDefaults>> = {
  JOB_APPLICATION: {
    kind: "JOB_APPLICATION",
    label: "Job application",
    expectedReplyDays: 14,
    timeoutDays: 30,
    followUpDays: [7, 14],
    defaultPrior: 0.1,
    defaultPayoff: 8,
  },
  NETWORKING_MESSAGE: {
    kind: "NETWORKING_MESSAGE",
    label: "Networking message",
    expectedReplyDays: 3,
    timeoutDays: 21,
    followUpDays: [3, 10, 17],
    defaultPrior: 0.3,
    defaultPayoff: 4,
  },
  LEARNING_BET: {
    kind: "LEARNING_BET",
    label: "Learning bet",
    expectedReplyDays: 30,
    timeoutDays: 60,
    followUpDays: [],
    defaultPrior: 0.5,
    defaultPayoff: 5,
  },
  CREATIVE_LAUNCH: {
    kind: "CREATIVE_LAUNCH",
    label: "Creative launch",
    expectedReplyDays: 7,
    timeoutDays: 30,
    followUpDays: [],
    defaultPrior: 0.2,
    defaultPayoff: 6,
  },
  HEALTH: {
    kind: "HEALTH",
    label: "Health",
    expectedReplyDays: 7,
    timeoutDays: 21,
    followUpDays: [7, 14],
    defaultPrior: 0.5,
    defaultPayoff: 8,
  },
  OTHER: {
    kind: "OTHER",
    label: "Other",
    expectedReplyDays: 7,
    timeoutDays: 30,
    followUpDays: [7, 14],
    defaultPrior: 0.3,
    defaultPayoff: 3,
  },
};

/** The defaults of `kind`. */
export function kindDefaults(kind: CallbackKind): KindDefaults {
  return KIND_DEFAULTS[kind];
}

export type KindDefaultsFieldErrors = Partial<Record<keyof KindDefaultsInput, string[]>>;

function isPositiveDays(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

/**
 * Field errors of a kind-defaults form (empty object when valid): days > 0, timeout ≥ expected
 * reply, follow-up days positive, strictly increasing and before the timeout with at least the
 * expected reply time left after the last, prior in [0.01, 0.99], payoff in 1–10.
 */
export function validateKindDefaults(input: KindDefaultsInput): KindDefaultsFieldErrors {
  const errors: KindDefaultsFieldErrors = {};
  const add = (field: keyof KindDefaultsInput, message: string): void => {
    (errors[field] ??= []).push(message);
  };

  if (!isPositiveDays(input.expectedReplyDays)) add("expectedReplyDays", "Expected reply must be more than 0 days.");
  if (!isPositiveDays(input.timeoutDays)) add("timeoutDays", "Timeout must be more than 0 days.");
  else if (isPositiveDays(input.expectedReplyDays) && input.timeoutDays < input.expectedReplyDays) {
    add("timeoutDays", "Timeout can't come before the expected reply.");
  }

  input.followUpDays.forEach((day, index) => {
    const previous = index > 0 ? input.followUpDays[index - 1] : undefined;
    if (!isPositiveDays(day)) add("followUpDays", `Follow-up ${index + 1} must be more than 0 days.`);
    else if (previous !== undefined && Number.isFinite(previous) && day <= previous) {
      add("followUpDays", `Follow-up ${index + 1} must come after follow-up ${index}.`);
    } else if (isPositiveDays(input.timeoutDays) && day >= input.timeoutDays) {
      add("followUpDays", `Follow-up ${index + 1} must come before the timeout.`);
    }
  });

  const lastFollowUp = input.followUpDays.at(-1);
  if (
    errors.followUpDays === undefined &&
    errors.timeoutDays === undefined &&
    errors.expectedReplyDays === undefined &&
    lastFollowUp !== undefined &&
    input.timeoutDays - lastFollowUp < input.expectedReplyDays
  ) {
    add("timeoutDays", "Leave at least the expected reply time between the last follow-up and the timeout.");
  }

  if (!Number.isFinite(input.defaultPrior) || input.defaultPrior < PRIOR_MIN || input.defaultPrior > PRIOR_MAX) {
    add("defaultPrior", "Prior must be between 1% and 99%.");
  }
  if (!Number.isFinite(input.defaultPayoff) || input.defaultPayoff < PAYOFF_MIN || input.defaultPayoff > PAYOFF_MAX) {
    add("defaultPayoff", "Payoff must be between 1 and 10.");
  }
  return errors;
}
