import { describe, expect, test } from "vitest";
import { formatStageLadder, parseStageLadder, stageKeyFromLabel } from "@/lib/domain/stage-text";
import { STAGE_PRESETS } from "@/lib/domain/stages";

describe("stage ladders as text", () => {
  test.each([
    ["Applied, Screen ×3, Interview ×4", [["applied", 1], ["screen", 3], ["interview", 4]]],
    ["Sent\nMeeting x4\nTerm sheet *10", [["sent", 1], ["meeting", 4], ["term_sheet", 10]]],
    ["Pitched ×5, Call", [["pitched", 1], ["call", 2]]],
    ["Applied, Offer × 1.5", [["applied", 1], ["offer", 1.5]]],
  ])("%s", (text, expected) => {
    expect(parseStageLadder(text).map((stage) => [stage.key, stage.likelihoodRatio])).toEqual(expected);
  });

  test.each([
    ["", "at least one stage"],
    ["Applied, ×3", "needs a name"],
    ["Applied, Screen ×0", "above 0"],
    ["Applied, Screen ×abc", "above 0"],
    ["Applied, Screen, screen", "same name"],
  ])("refuses %j", (text, message) => {
    expect(() => parseStageLadder(text)).toThrow(message);
  });

  test("the preset round-trips, and renamed-in-place stages keep their keys", () => {
    const preset = STAGE_PRESETS.JOB_APPLICATION;
    expect(parseStageLadder(formatStageLadder(preset), preset)).toEqual(preset);
    expect(parseStageLadder("Applied, Final round ×2", preset).map((stage) => stage.key)).toEqual(["applied", "final"]);
    expect(stageKeyFromLabel("Término sheet!")).toBe("termino_sheet");
  });
});
