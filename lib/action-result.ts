import type { ZodError } from "zod";
import { toAppError } from "@/lib/api-errors";
import { log } from "@/lib/log";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

/** What every server action returns to its form. */
export type ActionResult<T = void> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Field errors keyed by the dotted path of the input ("areas.2.name"), for messages under fields. */
export function invalidInput(error: ZodError, message = "Please fix the highlighted fields."): ActionResult<never> {
  return { ok: false, error: message, fieldErrors: fieldErrorsOf(error) };
}

/**
 * Runs the one `lib/server` call of an action: an AppError or DomainError becomes its message, an
 * unreachable database says so; anything else is logged and reported without details (nothing of
 * a stack reaches the client).
 */
export async function runServerCall<T>(call: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    return actionError(error);
  }
}

/** Any thrown value as an action's failure, logged when unexpected. */
export function actionError(error: unknown): ActionResult<never> {
  const { error: appError, unexpected } = toAppError(error);
  if (unexpected) log.error({ err: error, where: "server action" }, "server action failed");
  return { ok: false, error: appError.message, ...(appError.fieldErrors ? { fieldErrors: appError.fieldErrors } : {}) };
}
