import type { ZodError } from "zod";
import { isDomainError } from "@/lib/domain/errors";
import { isAppError } from "@/lib/errors";

/** What every server action returns to its form. */
export type ActionResult<T = void> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Field errors keyed by the dotted path of the input ("areas.2.name"), for messages under fields. */
export function invalidInput(error: ZodError, message = "Please fix the highlighted fields."): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, error: message, fieldErrors };
}

/**
 * Runs the one `lib/server` call of an action: an AppError or DomainError becomes its message;
 * anything else is logged and reported without details (nothing of a stack reaches the client).
 */
export async function runServerCall<T>(call: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    // A rule of the domain (an illegal transition, a bad likelihood ratio): its message is for people.
    if (isDomainError(error)) return { ok: false, error: error.message };
    console.error(error);
    return { ok: false, error: "Something went wrong on our side; nothing was saved. Please try again." };
  }
}
