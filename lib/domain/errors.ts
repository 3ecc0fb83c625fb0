/**
 * Errors raised by the pure domain. `code` is stable for programs (tests, route handlers mapping it
 * to a status); `message` is written for the person using the app.
 */
export type DomainErrorCode =
  | "ILLEGAL_TRANSITION"
  | "NOT_YET_DUE"
  | "INVALID_PROBABILITY"
  | "INVALID_PRIOR"
  | "INVALID_LIKELIHOOD_RATIO"
  | "INVALID_DURATION"
  | "INVALID_CAPACITY"
  | "INVALID_NUMBER"
  | "INVALID_TIME_ZONE"
  | "INVALID_DATE"
  | "INVALID_STAGE";

export class DomainError extends Error {
  readonly code: DomainErrorCode;

  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.name = "DomainError";
    this.code = code;
  }
}

/** True when `error` is a DomainError (works across module copies by checking the name too). */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError || (error instanceof Error && error.name === "DomainError" && "code" in error);
}

/** Throws INVALID_NUMBER unless `value` is a finite number; `what` names the field in the message. */
export function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new DomainError("INVALID_NUMBER", `${what} must be a finite number.`);
}

/** Throws INVALID_DATE unless `date` is a valid Date; `what` names the field in the message. */
export function assertValidDate(date: Date, what: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new DomainError("INVALID_DATE", `${what} must be a valid date.`);
  }
}
