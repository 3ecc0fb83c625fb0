import { describe, expect, test } from "vitest";
import {
  CALLBACK_KINDS,
  KIND_DEFAULTS,
  type KindDefaultsInput,
  kindDefaults,
  validateKindDefaults,
} from "@/lib/domain/kind-defaults";

const valid: KindDefaultsInput = {
  expectedReplyDays: 3,
  timeoutDays: 21,
  followUpDays: [3, 10, 17],
  defaultPrior: 0.3,
  defaultPayoff: 4,
};

describe("KIND_DEFAULTS", () => {
  test.each(CALLBACK_KINDS.map((kind) => [kind]))("%s passes its own validator", (kind) => {
    expect(validateKindDefaults(kindDefaults(kind))).toEqual({});
    expect(KIND_DEFAULTS[kind].kind).toBe(kind);
  });

  test("DESIGN.md numbers", () => {
    expect(KIND_DEFAULTS.JOB_APPLICATION).toMatchObject({ expectedReplyDays: 14, timeoutDays: 30 });
    expect(KIND_DEFAULTS.NETWORKING_MESSAGE).toMatchObject({ expectedReplyDays: 3, followUpDays: [3, 10, 17] });
    expect(KIND_DEFAULTS.NETWORKING_MESSAGE.timeoutDays).toBeGreaterThan(17);
  });
});

describe("validateKindDefaults", () => {
  test.each<[string, Partial<KindDefaultsInput>, Record<string, string[]>]>([
    ["valid", {}, {}],
    ["no follow-ups is fine", { followUpDays: [] }, {}],
    ["reply 0 days", { expectedReplyDays: 0 }, { expectedReplyDays: ["Expected reply must be more than 0 days."] }],
    [
      "timeout before reply",
      { expectedReplyDays: 30, timeoutDays: 21, followUpDays: [] },
      { timeoutDays: ["Timeout can't come before the expected reply."] },
    ],
    ["timeout equal to reply is allowed", { expectedReplyDays: 21, timeoutDays: 21, followUpDays: [] }, {}],
    [
      "follow-ups not increasing",
      { followUpDays: [3, 3, 17] },
      { followUpDays: ["Follow-up 2 must come after follow-up 1."] },
    ],
    ["follow-up not positive", { followUpDays: [0, 10] }, { followUpDays: ["Follow-up 1 must be more than 0 days."] }],
    [
      "follow-up at the timeout",
      { followUpDays: [3, 21] },
      { followUpDays: ["Follow-up 2 must come before the timeout."] },
    ],
    [
      "too little time after the last follow-up",
      { followUpDays: [3, 10, 19] },
      { timeoutDays: ["Leave at least the expected reply time between the last follow-up and the timeout."] },
    ],
    ["prior too low", { defaultPrior: 0.001 }, { defaultPrior: ["Prior must be between 1% and 99%."] }],
    ["prior too high", { defaultPrior: 1 }, { defaultPrior: ["Prior must be between 1% and 99%."] }],
    ["payoff 0", { defaultPayoff: 0 }, { defaultPayoff: ["Payoff must be between 1 and 10."] }],
    ["payoff 11", { defaultPayoff: 11 }, { defaultPayoff: ["Payoff must be between 1 and 10."] }],
    [
      "several fields at once",
      { expectedReplyDays: Number.NaN, defaultPayoff: Number.NaN },
      {
        expectedReplyDays: ["Expected reply must be more than 0 days."],
        defaultPayoff: ["Payoff must be between 1 and 10."],
      },
    ],
  ])("%s", (_label, patch, errors) => {
    expect(validateKindDefaults({ ...valid, ...patch })).toEqual(errors);
  });
});
