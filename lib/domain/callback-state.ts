import { DomainError, assertValidDate } from "./errors";

/** A callback's state, as a promise's: PENDING until it settles, times out or is cancelled. */
export type CallbackState = "PENDING" | "FULFILLED" | "REJECTED" | "TIMED_OUT" | "CANCELLED";

/** Every state, PENDING first. */
export const CALLBACK_STATES: readonly CallbackState[] = ["PENDING", "FULFILLED", "REJECTED", "TIMED_OUT", "CANCELLED"];

/**
 * Everything that can happen to a callback. TIME_OUT is done by the server's sweeper, never by a
 * button; the rest are user actions.
 */
export type CallbackAction =
  | "FULFILL"
  | "REJECT"
  | "TIME_OUT"
  | "CANCEL"
  | "REOPEN"
  | "FOLLOW_UP"
  | "LOG_CONTACT"
  | "ADD_EVIDENCE"
  | "EXTEND"
  | "EDIT";

export type UserCallbackAction = Exclude<CallbackAction, "TIME_OUT">;

/** The result of applying an action: the new state and whether it is a late settlement. */
export type CallbackTransition = {
  from: CallbackState;
  to: CallbackState;
  action: CallbackAction;
  /** True when a timed-out callback is settled (fulfilled/rejected) by a late reply. */
  isLate: boolean;
};

// Target state per action, per source state; a missing entry is an illegal transition.
// Reopen is allowed from every non-pending state: after a late reply (TIMED_OUT), a mistaken
// settle (FULFILLED/REJECTED) or a cancel the user regrets.
const TRANSITIONS: Record<CallbackState, Partial<Record<CallbackAction, CallbackState>>> = {
  PENDING: {
    FULFILL: "FULFILLED",
    REJECT: "REJECTED",
    TIME_OUT: "TIMED_OUT",
    CANCEL: "CANCELLED",
    FOLLOW_UP: "PENDING",
    LOG_CONTACT: "PENDING",
    ADD_EVIDENCE: "PENDING",
    EXTEND: "PENDING",
    EDIT: "PENDING",
  },
  TIMED_OUT: {
    FULFILL: "FULFILLED",
    REJECT: "REJECTED",
    CANCEL: "CANCELLED",
    REOPEN: "PENDING",
    EXTEND: "PENDING",
  },
  FULFILLED: { REOPEN: "PENDING" },
  REJECTED: { REOPEN: "PENDING" },
  CANCELLED: { REOPEN: "PENDING" },
};

const USER_ACTION_ORDER: readonly UserCallbackAction[] = [
  "FULFILL",
  "REJECT",
  "FOLLOW_UP",
  "LOG_CONTACT",
  "ADD_EVIDENCE",
  "EXTEND",
  "EDIT",
  "CANCEL",
  "REOPEN",
];

const STATE_ADJECTIVE: Record<CallbackState, string> = {
  PENDING: "pending",
  FULFILLED: "fulfilled",
  REJECTED: "rejected",
  TIMED_OUT: "timed-out",
  CANCELLED: "cancelled",
};

const ACTION_PHRASE: Record<CallbackAction, string> = {
  FULFILL: "be marked fulfilled",
  REJECT: "be marked rejected",
  TIME_OUT: "time out",
  CANCEL: "be cancelled",
  REOPEN: "be reopened",
  FOLLOW_UP: "take a follow-up",
  LOG_CONTACT: "take a logged contact",
  ADD_EVIDENCE: "take new evidence",
  EXTEND: "be extended",
  EDIT: "be edited",
};

const SAME_STATE_ACTION: Partial<Record<CallbackAction, CallbackState>> = {
  FULFILL: "FULFILLED",
  REJECT: "REJECTED",
  TIME_OUT: "TIMED_OUT",
  CANCEL: "CANCELLED",
  REOPEN: "PENDING",
};

function illegalTransitionMessage(state: CallbackState, action: CallbackAction): string {
  const adjective = STATE_ADJECTIVE[state];
  if (SAME_STATE_ACTION[action] === state) return `This callback is already ${adjective.replace("-", " ")}.`;
  const hint = state === "PENDING" ? "it is still open" : state === "TIMED_OUT" ? "extend or reopen it first" : "reopen it first";
  return `A ${adjective} callback can't ${ACTION_PHRASE[action]}; ${hint}.`;
}

/** True when `action` is legal from `state`. */
export function canApply(state: CallbackState, action: CallbackAction): boolean {
  return TRANSITIONS[state][action] !== undefined;
}

/** The user actions legal from `state`, in button order (TIME_OUT is the sweeper's, never listed). */
export function allowedActions(state: CallbackState): readonly UserCallbackAction[] {
  return USER_ACTION_ORDER.filter((action) => canApply(state, action));
}

/** The state after `action`; throws DomainError ILLEGAL_TRANSITION when the action is illegal. */
export function nextState(state: CallbackState, action: CallbackAction): CallbackState {
  const to = TRANSITIONS[state][action];
  if (to === undefined) throw new DomainError("ILLEGAL_TRANSITION", illegalTransitionMessage(state, action));
  return to;
}

/** Applies `action` to `state`, reporting a late settlement (fulfilled/rejected after TIMED_OUT). */
export function transition(state: CallbackState, action: CallbackAction): CallbackTransition {
  const to = nextState(state, action);
  const isLate = state === "TIMED_OUT" && (to === "FULFILLED" || to === "REJECTED");
  return { from: state, to, action, isLate };
}

/** True for FULFILLED and REJECTED (an outcome arrived). */
export function isSettled(state: CallbackState): boolean {
  return state === "FULFILLED" || state === "REJECTED";
}

/** True for states that still need the user: PENDING and TIMED_OUT (awaiting acknowledgement). */
export function isOpen(state: CallbackState): boolean {
  return state === "PENDING" || state === "TIMED_OUT";
}

/**
 * The sweeper's transition: PENDING → TIMED_OUT once `now` ≥ times-out-at. Throws
 * ILLEGAL_TRANSITION from other states and NOT_YET_DUE before the deadline.
 */
export function timeOut(input: { state: CallbackState; timesOutAt: Date; now: Date }): CallbackTransition {
  assertValidDate(input.timesOutAt, "Times-out-at");
  assertValidDate(input.now, "Now");
  const result = transition(input.state, "TIME_OUT");
  if (input.now.getTime() < input.timesOutAt.getTime()) {
    throw new DomainError("NOT_YET_DUE", "This callback can't time out before its times-out-at.");
  }
  return result;
}
