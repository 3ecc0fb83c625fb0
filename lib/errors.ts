/**
 * The one error type that reaches people. `code` maps to an HTTP status in route handlers and to
 * `{ ok: false, error }` in server actions; `message` is written for the user.
 */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "INVALID"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "GONE"
  | "METHOD_NOT_ALLOWED"
  | "CONFLICT"
  | "NEEDS_CONFIRMATION"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "RATE_LIMITED"
  | "UNAVAILABLE"
  | "INTERNAL";

export const APP_ERROR_STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  INVALID: 422,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  GONE: 410,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  NEEDS_CONFIRMATION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export type AppErrorOptions = {
  /** Messages per input field, keyed by the field's dotted path ("areas.2.name"). */
  fields?: Record<string, string[]>;
  /** Extra machine-readable facts for API clients (e.g. what a confirmation is about). */
  details?: Record<string, unknown>;
  /** For RATE_LIMITED and UNAVAILABLE: when to try again (becomes `Retry-After`). */
  retryAfterSeconds?: number;
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly details?: Record<string, unknown>;
  readonly retryAfterSeconds?: number;

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>, options: Omit<AppErrorOptions, "fields"> = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

export function notFound(what = "That item"): AppError {
  return new AppError("NOT_FOUND", `${what} was not found.`);
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === "AppError" && "code" in error && "status" in error);
}
