import { describe, expect, test } from "vitest";
import { PASSWORD_RULE_HINT, accountWords, passwordLengthProblem, strengthLevel } from "@/lib/domain/password-rules";
import { newPasswordProblem, ratePassword } from "@/lib/domain/password-strength";

describe("password rule", () => {
  test.each([
    ["", "Choose a password."],
    ["eleven char", "Too short: 11 of 12 characters."],
    ["twelve chars", null],
    ["x".repeat(201), "Too long: use at most 200 characters."],
    // Counted in characters a person sees, not UTF-16 units.
    ["🔑".repeat(11), "Too short: 11 of 12 characters."],
  ])("length of %j", (password, problem) => {
    expect(passwordLengthProblem(password)).toBe(problem);
  });

  test.each([
    ["password1234", false],
    ["qwertyuiop12", false],
    ["iloveyou2024", false],
    ["123456789012", false],
    ["abcdefghijkl", false],
    ["correct horse battery staple", true],
    ["violet tram under ninety lamps", true],
    ["kT9#vQ2!mZ7&", true],
  ])("%j acceptable: %s", (password, acceptable) => {
    expect(newPasswordProblem(password) === null).toBe(acceptable);
  });

  test("the account's own words count as known to a guesser", () => {
    expect(newPasswordProblem("gracehopper2026", accountWords("grace.hopper@example.com", "Grace Hopper"))).toMatch(/^Too easy to guess\./);
    expect(accountWords("grace.hopper@example.com", "Grace Hopper")).toEqual(
      expect.arrayContaining(["grace.hopper@example.com", "grace.hopper", "grace", "hopper", "gracehopper"]),
    );
  });

  test("a refusal never repeats the hint under the field", () => {
    for (const password of ["", "short", "password1234"]) {
      const problem = newPasswordProblem(password);
      expect(problem).not.toBeNull();
      expect(PASSWORD_RULE_HINT).not.toContain(problem!);
      expect(problem!).not.toContain(PASSWORD_RULE_HINT);
    }
  });

  test.each([
    [0, "weak"],
    [1, "weak"],
    [2, "fair"],
    [3, "good"],
    [4, "strong"],
  ])("score %i reads %s", (score, level) => {
    expect(strengthLevel(score)).toBe(level);
  });

  test("only the first 64 characters are scored, so a very long input stays cheap", () => {
    const rating = ratePassword("a".repeat(64) + "Zq9!".repeat(30));
    expect(rating.score).toBeLessThan(3);
  });
});
