import { describe, expect, test } from "vitest";
import { captureCallbackSchema, listCallbacksSchema } from "@/lib/validation/callbacks";
import { createCommitmentSchema } from "@/lib/validation/commitments";
import { completeReviewSchema, weekKeySchema } from "@/lib/validation/review";
import { instantInputSchema, isoInstantSchema, searchTextSchema, textSchema } from "@/lib/validation/primitives";
import { createCallbackSchema, listCallbacksQuerySchema } from "@/lib/validation/v1/callbacks";
import { idParamsSchema } from "@/lib/validation/v1/common";

const title = textSchema({ max: 10, min: 1, required: "Give it a title." });
const notes = textSchema({ max: 50, multiline: true });

describe("text", () => {
  test.each([
    ["a\u0000b", /U\+0000/],
    ["bell\u0007", /U\+0007/],
    ["esc\u001b[0m", /U\+001B/],
    ["del\u007f", /U\+007F/],
    ["c1\u0085", /U\+0085/],
    ["lone \uD800", /broken character/],
    ["x\uDC00", /broken character/],
  ])("%j is refused with a message naming the problem", (value, message) => {
    const parsed = notes.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toMatch(message);
  });

  test.each([
    ["  e\u0301cole  ", "école"],
    ["tab\tkept", "tab\tkept"],
    ["two\r\nlines\rhere", "two\nlines\nhere"],
    ["emoji 🙂", "emoji 🙂"],
  ])("%j is kept, NFC-normalised, trimmed: %j", (value, expected) => {
    expect(notes.parse(value)).toBe(expected);
  });

  test("single-line text folds line breaks into spaces; limits count the normalised text", () => {
    expect(title.parse("a\nb")).toBe("a b");
    expect(title.parse(`${"e\u0301".repeat(10)}`)).toBe("é".repeat(10));
    expect(title.safeParse("x".repeat(11)).error!.issues[0]!.message).toBe("Use at most 10 characters (this has more).");
    expect(title.safeParse("   ").error!.issues[0]!.message).toBe("Give it a title.");
    expect(title.safeParse(42).error!.issues[0]!.message).toBe("Give it a title.");
  });

  test("search text is never refused: control and broken characters are stripped", () => {
    const q = searchTextSchema(20);
    expect(q.parse("a\u0000b")).toBe("a b");
    expect(q.parse("\uD800x")).toBe("x");
    expect(q.parse("x".repeat(50))).toHaveLength(20);
    expect(listCallbacksSchema.parse({ q: "\u0000" }).q).toBe("");
    expect(listCallbacksQuerySchema.parse({ q: "job\u0000" }).q).toBe("job");
  });

  test("ids are letters, digits, - and _ only: anything else is not found", () => {
    expect(idParamsSchema.safeParse({ id: "cm1abc_DEF-9" }).success).toBe(true);
    for (const id of ["", "a\u0000", "a b", "x".repeat(65), "%E0%A4%A", "é"]) expect(idParamsSchema.safeParse({ id }).success, id).toBe(false);
  });
});

describe("dates", () => {
  test.each(["-010000-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "10000-01-01", "+100000-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "0001-01-01T00:00:00Z"])(
    "%s is outside 1970–2200: refused by the form and the API",
    (value) => {
      expect(instantInputSchema().safeParse(value).success).toBe(false);
      expect(isoInstantSchema().safeParse(value).success).toBe(false);
      expect(createCallbackSchema.safeParse({ title: "T", startedAt: value }).error?.issues[0]?.path).toEqual(["startedAt"]);
    },
  );

  test("numbers, booleans and junk are not dates; the window's edges are", () => {
    for (const value of [true, 1e20, 0, {}, "yesterday", "2026-02-30T00:00:00Z"]) expect(instantInputSchema().safeParse(value).success, String(value)).toBe(false);
    expect(instantInputSchema().parse("1970-01-01T00:00:00Z").getTime()).toBe(0);
    expect(isoInstantSchema().parse("2200-12-31T23:59:59.999Z").toISOString()).toBe("2200-12-31T23:59:59.999Z");
  });

  test("start ≤ expected reply ≤ timeout, each with a message on its field", () => {
    const parsed = captureCallbackSchema.safeParse({ title: "T", startedAt: "2030-01-10T00:00:00Z", expectedReplyBy: "2030-01-05T00:00:00Z", timesOutAt: "2030-01-01T00:00:00Z" });
    const fields = parsed.error!.issues.map((issue) => issue.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["expectedReplyBy", "timesOutAt"]));
  });

  test("days and weeks outside 1970–2200 are refused: no review of week 0001-01-01", () => {
    expect(weekKeySchema.safeParse("0001-01-01").success).toBe(false);
    expect(weekKeySchema.safeParse("2026-03-02").success).toBe(true);
    expect(completeReviewSchema.safeParse({ week: "0001-01-01", stopDoing: "x" }).success).toBe(false);
    expect(weekKeySchema.safeParse("9999-12-27").success).toBe(false);
    const commitment = { title: "T", startsOn: "2026-03-02", endsOn: "9999-12-31", cadence: "DAILY" };
    expect(createCommitmentSchema.safeParse(commitment).error!.issues[0]!.path).toEqual(["endsOn"]);
  });
});
