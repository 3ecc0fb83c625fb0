import { getDb } from "@/lib/db";
import { suggestPriorFromCounts } from "@/lib/domain/base-rate";
import { competesMessage } from "@/lib/domain/commitments";
import { initialDeadlines } from "@/lib/domain/follow-ups";
import { wouldOverflow } from "@/lib/domain/load";
import { assertPrior } from "@/lib/domain/probability";
import { AppError } from "@/lib/errors";
import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { recordIdempotentWrite } from "@/lib/server/idempotency/record-idempotent-write";
import { getKindDefaults } from "@/lib/server/kind-defaults/get-kind-defaults";
import { getKindArea } from "@/lib/server/kind-defaults/kind-areas";
import { getLoad } from "@/lib/server/load/get-load";
import { listCompetingCommitments } from "@/lib/server/commitments/list-competing-commitments";
import { resolveKind } from "@/lib/server/kinds/resolve-kind";
import { readAggregates } from "@/lib/server/aggregates/read-aggregates";
import { priorsFromTotals } from "@/lib/server/callbacks/suggest-priors";
import type { CaptureCallbackInput } from "@/lib/validation/callbacks";
import { DATE_WINDOW_MESSAGE, isInstantInWindow } from "@/lib/validation/primitives";
import { finishFirstRun } from "@/lib/server/users/first-run";

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
 * every competing commitment) are written in one transaction.
 */
export async function captureCallback(actor: Actor, input: CaptureCallbackInput, now: Date): Promise<CaptureResult> {
  const db = getDb();
  // A kind of the user's own is stored as OTHER with its row; its defaults apply. With no area
  // given, the kind's default area (built-in or own, KindArea) does, as the forms say.
  const kindKey = input.kind ?? "OTHER";
  const [{ kind, customKind }, kindAreaId] = await Promise.all([resolveKind(actor.id, kindKey), input.areaId ? null : getKindArea(actor.id, kindKey)]);
  const areaId = input.areaId ?? kindAreaId ?? undefined;
  // The focus guard's question needs the running commitments with an area other than this capture's.
  // Every read before the insert in one parallel batch (one round trip on a pool): defaults, the
  // load (one statement), the focus guard's commitments, the kind's settled counts for the prior
  // (the running totals, not a scan) and the area's ownership.
  const [defaultsByKind, load, competing, kindTotals, ownArea] = await Promise.all([
    getKindDefaults(actor.id),
    getLoad(actor, now),
    listCompetingCommitments(actor, areaId ?? null, now),
    input.priorPercent === undefined && !customKind ? readAggregates(actor.id, ["kind"]) : null,
    areaId ? db.area.findFirst({ where: { id: areaId, userId: actor.id, archivedAt: null }, select: { id: true } }) : null,
  ]);
  const defaults = customKind ?? defaultsByKind[kind];
  const weight = input.weight ?? 1;
  const reasons: CaptureConfirmReason[] = [];
  const messages: string[] = [];
  const confirmed: { reason: CaptureConfirmReason; message: string }[] = [];
  if (wouldOverflow(load.load, weight, actor.capacity)) {
    const message = `This takes your load to ${formatLoad(load.load + weight)} of ${actor.capacity}: more open threads than you can hold. Start it anyway?`;
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
      load: load.load,
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
        ? await suggestCustomKindPrior(actor.id, customKind.id, customKind.defaultPrior)
        : kindTotals
          ? priorsFromTotals(kindTotals.kind, defaultsByKind)[kind]
          : null;
  const prior = input.priorPercent !== undefined ? input.priorPercent / 100 : suggestion!.prior;
  assertPrior(prior);

  const callback = await db.$transaction(async (tx) => {
    const created = await tx.callback.create({
      data: {
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
        lastContactAt: startedAt,
        priorProbability: prior,
        probability: prior,
        payoff: input.payoff ?? defaults.defaultPayoff,
        effort: input.effort ?? 0,
        weight,
      },
    });
    await tx.callbackEvent.create({
      data: {
        callbackId: created.id,
        userId: actor.id,
        type: "CREATED",
        at: startedAt,
        probabilityAfter: prior,
        label: suggestion ? (suggestion.source === "history" ? `Prior from ${suggestion.settledCount} settled` : "Prior from kind default") : "Prior set by you",
        data:
          input.confirmOverflow || competing.length > 0
            ? {
                ...(input.confirmOverflow ? { overflowConfirmed: true, loadBefore: load.load } : {}),
                ...(competing.length > 0 ? { competingConfirmed: competing.map((commitment) => commitment.id) } : {}),
              }
            : undefined,
      },
    });
    // Going ahead despite the focus guard: one override for this capture, listing every commitment it competed with.
    const [first] = competing;
    if (first) {
      await tx.focusOverride.create({
        data: {
          commitmentId: first.id,
          commitmentIds: competing.map((commitment) => commitment.id),
          commitmentTitles: competing.map((commitment) => commitment.title),
          userId: actor.id,
          callbackId: created.id,
          callbackTitle: created.title,
          at: now,
        },
      });
    }
    // An API request with an Idempotency-Key: the key records this callback in the same transaction.
    await recordIdempotentWrite(tx, created.id);
    // The first bet placed: Today's welcome has done its job (a no-op after the first time).
    await finishFirstRun(actor.id, now, tx);
    return created;
  });
  return { status: "created", callback, confirmed };
}

/** The base-rate prior of a kind of the user's own (as suggestPriors does for the built-in ones). */
async function suggestCustomKindPrior(userId: string, customKindId: string, defaultPrior: number) {
  const rows = await getDb().callback.groupBy({
    by: ["state"],
    where: { userId, customKindId, state: { in: ["FULFILLED", "REJECTED", "TIMED_OUT"] } },
    _count: { _all: true },
  });
  const settled = rows.reduce((sum, row) => sum + row._count._all, 0);
  const fulfilled = rows.find((row) => row.state === "FULFILLED")?._count._all ?? 0;
  return suggestPriorFromCounts({ fulfilled, settled, defaultPrior });
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
