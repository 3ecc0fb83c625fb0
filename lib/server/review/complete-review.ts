import { getDb } from "@/lib/db";
import { dayKeyToDate } from "@/lib/domain/day-keys";
import { weekStatus } from "@/lib/domain/review";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { computeWeekFigures } from "@/lib/server/review/compute-week-figures";
import { type SavedReview, toSavedReview } from "@/lib/server/review/parse-snapshot";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";
import type { CompleteReviewInput } from "@/lib/validation/review";

/**
 * Completes the review of a week: computes its figures now and saves them with the reflections
 * as an immutable snapshot. The current week can be completed (its figures are then as of now);
 * a future week can't; a past week can be completed any time later. A second completion of the
 * same week is refused (unique userId + weekStart), even when two requests race. The user's webhook
 * gets a review.completed event queued in the same transaction.
 */
export async function completeReview(actor: Actor, input: CompleteReviewInput, now: Date): Promise<SavedReview> {
  if (weekStatus(input.week, now, actor.timeZone) === "future") {
    throw new AppError("INVALID", "That week hasn't started yet, so there is nothing to review.");
  }
  const figures = await computeWeekFigures(actor, input.week, now);
  try {
    const row = await getDb().$transaction(async (tx) => {
      const created = await tx.weeklyReview.create({
        data: {
          userId: actor.id,
          weekStart: dayKeyToDate(input.week),
          timeZone: actor.timeZone,
          completedAt: now,
          snapshot: figures as unknown as Prisma.InputJsonValue,
          stopDoing: input.stopDoing,
          doubleDown: input.doubleDown,
          blockOn: input.blockOn,
        },
      });
      const review = { week: input.week, completedAt: now.toISOString(), figures };
      await enqueueWebhookEvent(tx, { userId: actor.id, type: "review.completed", data: { review }, now });
      return created;
    });
    return toSavedReview({ ...row, week: input.week });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "This week's review is already complete. A completed review is a snapshot and can't be changed.");
    }
    throw error;
  }
}
