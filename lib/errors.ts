/**
 * The one error type that reaches people. `code` maps to an HTTP status in route handlers and to
 * `{ ok: false, error }` in server actions; `message` is written for the user.
 */
export type AppErrorCode = "NOT_FOUND" | "INVALID" | "CONFLICT" | "FORBIDDEN" | "RATE_LIMITED" | "UNAUTHORIZED";

const STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  INVALID: 422,
  CONFLICT: 409,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  UNAUTHORIZED: 401,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function notFound(what = "That item"): AppError {
  return new AppError("NOT_FOUND", `${what} was not found.`);
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
