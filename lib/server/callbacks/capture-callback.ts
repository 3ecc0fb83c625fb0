import { suggestPriorFromCounts } from "@/lib/domain/base-rate";
import { competesMessage, competingCommitments } from "@/lib/domain/commitments";
import { initialDeadlines } from "@/lib/domain/follow-ups";
import { wouldOverflow } from "@/lib/domain/load";
import { assertPrior } from "@/lib/domain/probability";
import { AppError } from "@/lib/errors";
import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { readAggregates } from "@/lib/server/aggregates/read-aggregates";
import { insertCapture, readCaptureContext } from "@/lib/server/callbacks/capture-callback-sql";
import { priorsFromTotals } from "@/lib/server/callbacks/suggest-priors";
import { importIdFactory } from "@/lib/server/data-import/import-support";
import { idempotencyScope } from "@/lib/server/idempotency/idempotency-scope";
import { kindDefaultsFromRows } from "@/lib/server/kind-defaults/get-kind-defaults";
import { resolvedKind } from "@/lib/server/kinds/resolve-kind";
import { loadFromRow } from "@/lib/server/load/get-load";
import type { CaptureCallbackInput } from "@/lib/validation/callbacks";
import { DATE_WINDOW_MESSAGE, isInstantInWindow } from "@/lib/validation/primitives";

export type CaptureConfirmReason = "overflow" | "competes";

export type CaptureResult =
  | {
      status: "created";
      callback: Callback;
      /** The questions the person had already answered with "go ahead" (confirmOverflow / confirmCompeting), with their text. */
      confirmed: { reason: CaptureConfirmReason; message: string }[];
    }
  | {
      status: "needs-confirmation";
      /** The first question; `reasons` lists every one asked in this step (overflow first). */
      reason: CaptureConfirmReason;
      reasons: CaptureConfirmReason[];
      /** Every question in one text, e.g. "This takes your load to 8 of 7 … This competes with “X” — start it anyway?" */
      message: string;
      load: number;
      capacity: number;
      /** The commitments the capture competes with (empty unless "competes" is asked). */
      competing: { id: string; title: string }[];
    };

/**
 * Captures a callback. Only a title is needed: the kind's defaults (the user's own, else the
 * built-in ones) fill deadlines, follow-ups and payoff, and the prior comes from the user's base
 * rate for the kind once any settled. A capture that would push load over capacity is not written
 * until the person confirms (`confirmOverflow`); nor one in another area than a running
 * commitment's (the focus guard) until they confirm `confirmCompeting` — both questions are asked
 * in one step when both apply. The callback, its CREATED event and one FocusOverride (listing
 * every competing commitment) are written in one statement (one transaction).
 */
export async function captureCallback(actor: Actor, input: CaptureCallbackInput, now: Date): Promise<CaptureResult> {
  // A kind of the user's own is stored as OTHER with its row; its defaults apply. With no area
  // given, the kind's default area (built-in or own, KindArea) does, as the forms say.
  const kindKey = input.kind ?? "OTHER";
  // Every read before the insert in one statement (capture-callback-sql.ts): the kind, the area and
  // its ownership, defaults, the load, the focus guard's commitments and the prior's counts.
  const reads = await readCaptureContext(actor, { kindKey, areaId: input.areaId, needsPrior: input.priorPercent === undefined }, now);
  const { kind, customKind } = resolvedKind(kindKey, reads.customKind);
  const areaId = reads.areaId ?? undefined;
  const defaultsByKind = kindDefaultsFromRows(reads.kindDefaults);
  const load = loadFromRow(reads);
  const competing = competingCommitments(reads.commitments, areaId ?? null, now, actor.timeZone).map((row) => ({ id: row.id, title: row.title, areaId: row.areaId! }));
  const ownArea = reads.ownArea;
  const defaults = customKind ?? defaultsByKind[kind];
  const weight = input.weight ?? 1;
  const reasons: CaptureConfirmReason[] = [];
  const messages: string[] = [];
  const confirmed: { reason: CaptureConfirmReason; message: string }[] = [];
  if (wouldOverflow(load, weight, actor.capacity)) {
    const message = `This takes your load to ${formatLoad(load + weight)} of ${actor.capacity}: more open threads than you can hold. Start it anyway?`;
    if (input.confirmOverflow) confirmed.push({ reason: "overflow", message });
    else {
      reasons.push("overflow");
      messages.push(message);
    }
  }
  if (competing.length > 0) {
    const message = competesMessage(competing.map((commitment) => commitment.title));
    if (input.confirmCompeting) confirmed.push({ reason: "competes", message });
    else {
      reasons.push("competes");
      messages.push(message);
    }
  }
  if (reasons.length > 0) {
    return {
      status: "needs-confirmation",
      reason: reasons[0]!,
      reasons,
      load: load,
      capacity: actor.capacity,
      message: messages.join(" "),
      competing: reasons.includes("competes") ? competing.map(({ id, title }) => ({ id, title })) : [],
    };
  }

  if (areaId && !ownArea) throw new AppError("INVALID", "Choose one of your areas.", { areaId: ["Choose one of your areas."] });

  const startedAt = input.startedAt ?? now;
  const deadlines = initialDeadlines({
    startedAt,
    expectedReplyDays: defaults.expectedReplyDays,
    timeoutDays: defaults.timeoutDays,
    timeZone: actor.timeZone,
  });
  const expectedReplyBy = input.expectedReplyBy ?? deadlines.expectedReplyBy;
  const timesOutAt = input.timesOutAt ?? new Date(Math.max(deadlines.timesOutAt.getTime(), expectedReplyBy.getTime()));
  // A start near the end of the window plus the kind's days can leave it: say so on the field.
  for (const [field, value] of [["expectedReplyBy", expectedReplyBy], ["timesOutAt", timesOutAt]] as const) {
    if (!isInstantInWindow(value)) {
      const message = `${DATE_WINDOW_MESSAGE} With this start, the ${field === "timesOutAt" ? "timeout" : "expected reply"} would fall outside it.`;
      throw new AppError("INVALID", message, { [input[field] ? field : "startedAt"]: [message] });
    }
  }
  // A typed deadline that has already passed is refused. An older bet can still be logged: a past
  // start whose default timeout has passed too times out at the next sweep.
  if (input.timesOutAt && timesOutAt.getTime() <= now.getTime()) {
    const message = "The timeout is already in the past. Pick a time after now.";
    throw new AppError("INVALID", message, { timesOutAt: [message] });
  }
  if (timesOutAt < expectedReplyBy) {
    if (input.expectedReplyBy) {
      const message = "The timeout can't come before the expected reply.";
      throw new AppError("INVALID", message, { timesOutAt: [message] });
    }
    // The person typed only a timeout, earlier than the kind's default reply: say what that default
    // was and offer to expect the reply by the timeout instead (details.suggestedExpectedReplyBy).
    const message = `The timeout can't come before the expected reply. You left the expected reply blank, so the ${("label" in defaults ? defaults.label : defaults.name).toLowerCase()} default applied: ${formatDays(defaults.expectedReplyDays)} after the start, ${formatInstant(expectedReplyBy, actor.timeZone)}. Move the expected reply to the timeout, or pick a later timeout.`;
    throw new AppError("INVALID", message, { timesOutAt: [message] }, {
      details: {
        reason: "default-expected-reply-after-timeout",
        defaultExpectedReplyBy: expectedReplyBy.toISOString(),
        expectedReplyDays: defaults.expectedReplyDays,
        suggestedExpectedReplyBy: timesOutAt.toISOString(),
      },
    });
  }

  const suggestion =
    input.priorPercent !== undefined
      ? null
      : customKind
        ? suggestPriorFromCounts({ ...(reads.customCounts ?? { settled: 0, fulfilled: 0 }), defaultPrior: customKind.defaultPrior })
        : priorsFromTotals(reads.hasTotals ? (reads.kindTotals ?? []) : (await readAggregates(actor.id, ["kind"])).kind, defaultsByKind)[kind];
  const prior = input.priorPercent !== undefined ? input.priorPercent / 100 : suggestion!.prior;
  assertPrior(prior);

  // Outside an API request with an Idempotency-Key, nothing to record (see recordIdempotentWrite).
  const scope = idempotencyScope.getStore();
  const idempotency = scope && !scope.recorded ? { keyId: scope.keyId, claimToken: scope.claimToken } : null;
  const newId = importIdFactory(now);
  const callback = await insertCapture({
    callback: {
      id: newId(),
      userId: actor.id,
      kind,
      customKindId: customKind?.id ?? null,
      energyStillNeeded: input.energyStillNeeded ?? null,
      areaId: areaId ?? null,
      title: input.title,
      counterparty: input.counterparty ?? "",
      channel: input.channel ?? "",
      link: input.link ?? "",
      notes: input.notes ?? "",
      startedAt,
      expectedReplyBy,
      timesOutAt,
      // A deadline typed here never moves by itself later (see clockAfterContact).
      expectedReplySource: input.expectedReplyBy ? "USER" : "DEFAULT",
      timeoutSource: input.timesOutAt ? "USER" : "DEFAULT",
      expectedReplyDays: defaults.expectedReplyDays,
      timeoutDays: defaults.timeoutDays,
      followUpDays: [...defaults.followUpDays],
      priorProbability: prior,
      payoff: input.payoff ?? defaults.defaultPayoff,
      effort: input.effort ?? 0,
      weight,
    },
    event: {
      id: newId(),
      label: suggestion ? (suggestion.source === "history" ? `Prior from ${suggestion.settledCount} settled` : "Prior from kind default") : "Prior set by you",
      data:
        input.confirmOverflow || competing.length > 0
          ? {
              ...(input.confirmOverflow ? { overflowConfirmed: true, loadBefore: load } : {}),
              ...(competing.length > 0 ? { competingConfirmed: competing.map((commitment) => commitment.id) } : {}),
            }
          : null,
    },
    // Going ahead despite the focus guard: one override for this capture, listing every commitment it competed with.
    override: competing.length > 0 ? { id: newId(), commitments: competing, at: now } : null,
    // An API request with an Idempotency-Key: the key records this callback in the same statement.
    idempotency,
    // The first bet placed: Today's welcome has done its job (written only the first time).
    finishFirstRunAt: reads.firstRunPending ? now : null,
  });
  if (!callback) {
    throw new AppError("CONFLICT", "A retry of this request (same Idempotency-Key) took over while it ran; this attempt saved nothing.");
  }
  if (scope) scope.recorded = true;
  return { status: "created", callback, confirmed };
}

function formatDays(days: number): string {
  return days === 1 ? "1 day" : `${Number.isInteger(days) ? days : days.toFixed(1)} days`;
}

/** "Mon, Dec 14, 2026, 6:00 PM" in the user's zone (a message, so no browser formatting). */
function formatInstant(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit" }).format(date);
}

function formatLoad(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
