import { describe, expect, test } from "vitest";
import { getKeyboardShortcuts } from "@/lib/server/users/get-keyboard-shortcuts";
import { setKeyboardShortcuts } from "@/lib/server/users/set-keyboard-shortcuts";
import { createTestUser } from "../factories";

describe("[settings] single-key shortcuts (WCAG 2.1.4)", () => {
  test("are on for a new account and can be turned off and on again", async () => {
    const user = await createTestUser();
    expect(await getKeyboardShortcuts(user.id)).toBe(true);
    expect(await setKeyboardShortcuts(user.id, false)).toBe(false);
    expect(await getKeyboardShortcuts(user.id)).toBe(false);
    expect(await setKeyboardShortcuts(user.id, true)).toBe(true);
    expect(await getKeyboardShortcuts(user.id)).toBe(true);
  });

  test("turning them off for one person leaves everyone else's alone", async () => {
    const [mine, theirs] = [await createTestUser(), await createTestUser()];
    await setKeyboardShortcuts(mine.id, false);
    expect(await getKeyboardShortcuts(mine.id)).toBe(false);
    expect(await getKeyboardShortcuts(theirs.id)).toBe(true);
  });
});
