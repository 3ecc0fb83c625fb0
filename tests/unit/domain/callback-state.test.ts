import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  CALLBACK_STATES,
  type CallbackAction,
  type CallbackState,
  allowedActions,
  canApply,
  isOpen,
  isSettled,
  nextState,
  timeOut,
  transition,
} from "@/lib/domain/callback-state";
import { DomainError } from "@/lib/domain/errors";

const ALL_ACTIONS: readonly CallbackAction[] = [
  "FULFILL",
  "REJECT",
  "TIME_OUT",
  "CANCEL",
  "REOPEN",
  "FOLLOW_UP",
  "LOG_CONTACT",
  "ADD_EVIDENCE",
  "EXTEND",
  "EDIT",
];

describe("nextState", () => {
  test.each<[CallbackState, CallbackAction, CallbackState]>([
    ["PENDING", "FULFILL", "FULFILLED"],
    ["PENDING", "REJECT", "REJECTED"],
    ["PENDING", "TIME_OUT", "TIMED_OUT"],
    ["PENDING", "CANCEL", "CANCELLED"],
    ["PENDING", "FOLLOW_UP", "PENDING"],
    ["PENDING", "LOG_CONTACT", "PENDING"],
    ["PENDING", "ADD_EVIDENCE", "PENDING"],
    ["PENDING", "EXTEND", "PENDING"],
    ["PENDING", "EDIT", "PENDING"],
    ["TIMED_OUT", "FULFILL", "FULFILLED"],
    ["TIMED_OUT", "REJECT", "REJECTED"],
    ["TIMED_OUT", "CANCEL", "CANCELLED"],
    ["TIMED_OUT", "REOPEN", "PENDING"],
    ["TIMED_OUT", "EXTEND", "PENDING"],
    ["FULFILLED", "REOPEN", "PENDING"],
    ["REJECTED", "REOPEN", "PENDING"],
    ["CANCELLED", "REOPEN", "PENDING"],
  ])("%s --%s--> %s", (from, action, to) => {
    expect(nextState(from, action)).toBe(to);
  });

  test.each<[CallbackState, CallbackAction, string]>([
    ["FULFILLED", "CANCEL", "A fulfilled callback can't be cancelled; reopen it first."],
    ["REJECTED", "FOLLOW_UP", "A rejected callback can't take a follow-up; reopen it first."],
    ["CANCELLED", "ADD_EVIDENCE", "A cancelled callback can't take new evidence; reopen it first."],
    ["TIMED_OUT", "FOLLOW_UP", "A timed-out callback can't take a follow-up; extend or reopen it first."],
    ["TIMED_OUT", "EDIT", "A timed-out callback can't be edited; extend or reopen it first."],
    ["FULFILLED", "EXTEND", "A fulfilled callback can't be extended; reopen it first."],
    ["PENDING", "REOPEN", "This callback is already pending."],
    ["TIMED_OUT", "TIME_OUT", "This callback is already timed out."],
    ["FULFILLED", "FULFILL", "This callback is already fulfilled."],
    ["CANCELLED", "CANCEL", "This callback is already cancelled."],
    ["REJECTED", "FULFILL", "A rejected callback can't be marked fulfilled; reopen it first."],
  ])("%s --%s--> throws %j", (from, action, message) => {
    expect(() => nextState(from, action)).toThrow(DomainError);
    expect(() => nextState(from, action)).toThrow(message);
    try {
      nextState(from, action);
    } catch (error) {
      expect((error as DomainError).code).toBe("ILLEGAL_TRANSITION");
    }
  });

  test("canApply agrees with nextState for every pair", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CALLBACK_STATES), fc.constantFrom(...ALL_ACTIONS), (state, action) => {
        if (canApply(state, action)) expect(() => nextState(state, action)).not.toThrow();
        else expect(() => nextState(state, action)).toThrow(DomainError);
      }),
    );
  });

  test("every state can get back to PENDING in one action", () => {
    for (const state of CALLBACK_STATES.filter((s) => s !== "PENDING")) {
      expect(nextState(state, "REOPEN")).toBe("PENDING");
    }
  });
});

describe("transition", () => {
  test.each<[CallbackState, CallbackAction, boolean]>([
    ["TIMED_OUT", "FULFILL", true],
    ["TIMED_OUT", "REJECT", true],
    ["PENDING", "FULFILL", false],
    ["PENDING", "REJECT", false],
    ["TIMED_OUT", "CANCEL", false],
    ["TIMED_OUT", "EXTEND", false],
  ])("%s --%s--> isLate %s", (from, action, isLate) => {
    expect(transition(from, action)).toMatchObject({ from, action, isLate });
  });
});

describe("allowedActions", () => {
  test.each<[CallbackState, readonly string[]]>([
    ["PENDING", ["FULFILL", "REJECT", "FOLLOW_UP", "LOG_CONTACT", "ADD_EVIDENCE", "EXTEND", "EDIT", "CANCEL"]],
    ["TIMED_OUT", ["FULFILL", "REJECT", "EXTEND", "CANCEL", "REOPEN"]],
    ["FULFILLED", ["REOPEN"]],
    ["REJECTED", ["REOPEN"]],
    ["CANCELLED", ["REOPEN"]],
  ])("%s → %j", (state, actions) => {
    expect(allowedActions(state)).toEqual(actions);
  });

  test("never lists the sweeper's TIME_OUT", () => {
    for (const state of CALLBACK_STATES) expect(allowedActions(state)).not.toContain("TIME_OUT");
  });
});

describe("state predicates", () => {
  test.each<[CallbackState, boolean, boolean]>([
    ["PENDING", false, true],
    ["TIMED_OUT", false, true],
    ["FULFILLED", true, false],
    ["REJECTED", true, false],
    ["CANCELLED", false, false],
  ])("%s: settled %s, open %s", (state, settled, open) => {
    expect(isSettled(state)).toBe(settled);
    expect(isOpen(state)).toBe(open);
  });
});

describe("timeOut", () => {
  const timesOutAt = new Date("2026-04-01T12:00:00Z");

  test.each<[string, string]>([
    ["2026-04-01T12:00:00Z", "at the instant"],
    ["2026-04-02T00:00:00Z", "after"],
  ])("PENDING times out at %s (%s)", (now) => {
    expect(timeOut({ state: "PENDING", timesOutAt, now: new Date(now) })).toEqual({
      from: "PENDING",
      to: "TIMED_OUT",
      action: "TIME_OUT",
      isLate: false,
    });
  });

  test("not before times-out-at", () => {
    expect(() => timeOut({ state: "PENDING", timesOutAt, now: new Date("2026-04-01T11:59:59Z") })).toThrow(
      expect.objectContaining({ code: "NOT_YET_DUE" }),
    );
  });

  test.each<CallbackState>(["FULFILLED", "REJECTED", "TIMED_OUT", "CANCELLED"])("not from %s", (state) => {
    expect(() => timeOut({ state, timesOutAt, now: new Date("2026-05-01T00:00:00Z") })).toThrow(
      expect.objectContaining({ code: "ILLEGAL_TRANSITION" }),
    );
  });
});
