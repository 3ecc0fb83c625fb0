import { describe, expect, test } from "vitest";
import { MAX_DELIVERY_ATTEMPTS, MAX_RETRY_SECONDS, retryDelaySeconds } from "@/lib/domain/webhook-retry";

describe("retryDelaySeconds", () => {
  test.each([
    [1, 30],
    [2, 60],
    [3, 120],
    [5, 480],
    [9, 7680],
  ])("after %i failed attempts: %i s", (attempts, seconds) => {
    expect(retryDelaySeconds(attempts)).toBe(Math.min(seconds, MAX_RETRY_SECONDS));
  });

  test("no retry after the last attempt; bad input throws", () => {
    expect(retryDelaySeconds(MAX_DELIVERY_ATTEMPTS)).toBeNull();
    expect(() => retryDelaySeconds(0)).toThrow(RangeError);
    expect(() => retryDelaySeconds(1.5)).toThrow(RangeError);
  });

  test("delays never shrink and never pass the cap", () => {
    let previous = 0;
    for (let attempts = 1; attempts < MAX_DELIVERY_ATTEMPTS; attempts += 1) {
      const delay = retryDelaySeconds(attempts)!;
      expect(delay).toBeGreaterThanOrEqual(previous);
      expect(delay).toBeLessThanOrEqual(MAX_RETRY_SECONDS);
      previous = delay;
    }
  });
});
