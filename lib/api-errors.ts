import { DB_RETRY_AFTER_SECONDS, classifyDbError } from "@/lib/db-errors";
import { isDomainError } from "@/lib/domain/errors";
import { AppError, isAppError } from "@/lib/errors";
import { fieldErrorsOf, isZodError } from "@/lib/validation/field-errors";

const DOMAIN_CONFLICTS = new Set(["ILLEGAL_TRANSITION", "NOT_YET_DUE"]);

/**
 * Any thrown value as an AppError people can read. Unknown errors become INTERNAL (and are the
 * only ones worth a stack in the log); nothing of their message reaches the client.
 */
export function toAppError(error: unknown): { error: AppError; unexpected: boolean } {
  if (isAppError(error)) return { error, unexpected: false };
  if (isZodError(error)) return { error: new AppError("INVALID", "The request is not valid.", fieldErrorsOf(error)), unexpected: false };
  if (isDomainError(error)) {
    return { error: new AppError(DOMAIN_CONFLICTS.has(error.code) ? "CONFLICT" : "INVALID", error.message), unexpected: false };
  }
  switch (classifyDbError(error)) {
    case "unavailable":
      return {
        error: new AppError("UNAVAILABLE", "Lifeloop can't reach its database right now; nothing was saved. Try again in a moment.", undefined, { retryAfterSeconds: DB_RETRY_AFTER_SECONDS }),
        unexpected: false,
      };
    case "invalid-value":
      return { error: new AppError("INVALID", "A value could not be stored (a character or a date out of range). Check what you entered."), unexpected: true };
    case "conflict":
      return { error: new AppError("CONFLICT", "That was changed at the same moment by another request. Reload and try again."), unexpected: false };
    default:
      return { error: new AppError("INTERNAL", "Something went wrong on our side; nothing was saved. Please try again."), unexpected: true };
  }
}

