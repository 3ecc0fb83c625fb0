import { DomainError, assertValidDate } from "./errors";
import { applyLikelihoodRatio, applySilence, assertExpectedReplyDays, assertProbability, setProbability } from "./probability";

const MS_PER_DAY = 86_400_000;

/** Default and maximum number of samples of the silence curve between two events. */
export const MAX_POINTS_PER_SEGMENT = 60;

/**
 * What moves a callback's probability. Every event ends the current silence by default (news of
 * any kind means it is no longer "no news"); evidence and set-probability events may opt out
 * with `restartsSilence: false` (e.g. a press report that isn't a reply).
 */
export type ProbabilityEvent =
  | { at: Date; type: "evidence"; likelihoodRatio: number; restartsSilence?: boolean }
  | { at: Date; type: "set"; probability: number; restartsSilence?: boolean }
  | { at: Date; type: "contact" };

export type ProbabilityPoint = { at: Date; probability: number };

function restartsSilence(event: ProbabilityEvent): boolean {
  return event.type === "contact" || event.restartsSilence !== false;
}

function sortedEvents(events: readonly ProbabilityEvent[]): ProbabilityEvent[] {
  for (const event of events) assertValidDate(event.at, "An event's time");
  // Array.prototype.sort is stable: same-time events keep their logged order.
  return [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
}

function applyEvent(explicit: number, event: ProbabilityEvent): number {
  if (event.type === "evidence") return applyLikelihoodRatio(explicit, event.likelihoodRatio);
  if (event.type === "set") return setProbability(event.probability);
  return explicit;
}

/**
 * The explicit-evidence probability in [0.001, 0.999] (prior × LRs, or the last "set") and the
 * start of the current silence, from `events` at or before `asOf` (all of them when omitted).
 */
export function foldProbabilityEvents(input: {
  startedAt: Date;
  prior: number;
  events: readonly ProbabilityEvent[];
  asOf?: Date;
}): { explicit: number; silenceStartAt: Date } {
  assertValidDate(input.startedAt, "Started-at");
  assertProbability(input.prior, "The prior");
  const limit = input.asOf?.getTime() ?? Number.POSITIVE_INFINITY;
  let explicit = input.prior;
  let silenceStartAt = input.startedAt;
  for (const event of sortedEvents(input.events)) {
    if (event.at.getTime() > limit) break;
    explicit = applyEvent(explicit, event);
    if (restartsSilence(event) && event.at.getTime() > silenceStartAt.getTime()) silenceStartAt = event.at;
  }
  return { explicit, silenceStartAt };
}

function silenceDaysBetween(from: Date, to: number): number {
  return Math.max(0, (to - from.getTime()) / MS_PER_DAY);
}

/**
 * The "probability over time" chart series: probabilities in [0,1] from `startedAt` to `until`
 * (settlement time, else `now`; the earlier of the two). Events are steps (two points at the same
 * instant: before and after); between events the silence-decay curve (median
 * `expectedReplyDays`, days > 0) is sampled with at most `maxPointsPerSegment` points (≥ 2).
 * Events after the end are ignored; events before `startedAt` count from `startedAt`.
 */
export function probabilitySeries(input: {
  startedAt: Date;
  prior: number;
  events: readonly ProbabilityEvent[];
  expectedReplyDays: number;
  now: Date;
  settledAt?: Date | null;
  maxPointsPerSegment?: number;
}): ProbabilityPoint[] {
  assertValidDate(input.startedAt, "Started-at");
  assertValidDate(input.now, "Now");
  assertProbability(input.prior, "The prior");
  assertExpectedReplyDays(input.expectedReplyDays);
  const maxPoints = input.maxPointsPerSegment ?? MAX_POINTS_PER_SEGMENT;
  if (!Number.isInteger(maxPoints) || maxPoints < 2) {
    throw new DomainError("INVALID_NUMBER", "A chart segment needs at least 2 points.");
  }
  const start = input.startedAt.getTime();
  let end = input.now.getTime();
  if (input.settledAt) {
    assertValidDate(input.settledAt, "Settled-at");
    end = Math.min(end, input.settledAt.getTime());
  }
  if (end <= start) return [{ at: new Date(start), probability: input.prior }];

  const points: ProbabilityPoint[] = [];
  let explicit = input.prior;
  let silenceStartAt = input.startedAt;
  let segmentStart = start;

  const pushPoint = (at: number): void => {
    const silenceDays = silenceDaysBetween(silenceStartAt, at);
    points.push({ at: new Date(at), probability: applySilence(explicit, silenceDays, input.expectedReplyDays) });
  };
  // Samples (segmentStart, segmentEnd]; segmentStart too when nothing was drawn there yet.
  const sampleSegment = (segmentEnd: number): void => {
    const span = segmentEnd - segmentStart;
    if (points.length === 0) pushPoint(segmentStart);
    for (let i = 1; span > 0 && i < maxPoints; i += 1) {
      // The last sample lands exactly on segmentEnd (no rounding drift).
      pushPoint(i === maxPoints - 1 ? segmentEnd : segmentStart + (span * i) / (maxPoints - 1));
    }
  };

  for (const event of sortedEvents(input.events)) {
    const at = Math.max(start, event.at.getTime());
    if (at > end) break;
    sampleSegment(at);
    explicit = applyEvent(explicit, event);
    if (restartsSilence(event) && at > silenceStartAt.getTime()) silenceStartAt = new Date(at);
    pushPoint(at);
    segmentStart = at;
  }
  sampleSegment(end);
  return points;
}
