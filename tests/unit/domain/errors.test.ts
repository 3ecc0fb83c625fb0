import { describe, expect, test } from "vitest";
import { DomainError, assertFinite, assertValidDate, isDomainError } from "@/lib/domain/errors";

describe("DomainError", () => {
  test("carries a code and a user-facing message", () => {
    const error = new DomainError("ILLEGAL_TRANSITION", "Nope.");
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("ILLEGAL_TRANSITION");
    expect(error.message).toBe("Nope.");
    expect(error.name).toBe("DomainError");
    expect(isDomainError(error)).toBe(true);
  });

  test.each([[new Error("x")], ["string"], [null], [{ code: "X" }]])("isDomainError(%o) is false", (value) => {
    expect(isDomainError(value)).toBe(false);
  });

  test.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY]])("assertFinite(%s) throws", (value) => {
    expect(() => assertFinite(value, "X")).toThrow(DomainError);
  });

  test("assertValidDate rejects an invalid date", () => {
    expect(() => assertValidDate(new Date(Number.NaN), "X")).toThrow(/X must be a valid date/);
    expect(() => assertValidDate(new Date(0), "X")).not.toThrow();
  });
});
