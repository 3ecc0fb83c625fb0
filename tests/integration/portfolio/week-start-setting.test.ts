import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { getUser } from "@/lib/server/users/get-user";
import { updateProfile } from "@/lib/server/users/update-profile";
import { profileSchema } from "@/lib/validation/settings";
import { api } from "../api/helpers";
import { signInAs } from "../auth/helpers";
import { createTestUser } from "../factories";

describe("[portfolio] week start setting", () => {
  test("GET/PATCH /api/v1/settings read and write weekStartsOn (null: the locale's), refusing days outside 1–7", async () => {
    const user = await createTestUser();
    const { cookie } = await signInAs(user.id);
    expect((await api("GET", "/api/v1/settings", { cookie })).body).toMatchObject({ weekStartsOn: null });

    const patched = await api("PATCH", "/api/v1/settings", { cookie, body: { weekStartsOn: 7 } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ weekStartsOn: 7, capacity: 7 });
    expect((await getUser(user.id))?.weekStartsOn).toBe(7);

    for (const weekStartsOn of [0, 8, 1.5, "Monday"]) {
      const refused = await api("PATCH", "/api/v1/settings", { cookie, body: { weekStartsOn } });
      expect(refused.status).toBe(422);
    }
    expect((await api("PATCH", "/api/v1/settings", { cookie, body: { weekStartsOn: null } })).body).toMatchObject({ weekStartsOn: null });
    // Another person's setting is untouched.
    const other = await createTestUser();
    expect((await getDb().user.findUniqueOrThrow({ where: { id: other.id } })).weekStartsOn).toBeNull();
  });

  test("the profile form's value (a string, or \"\" for Automatic) is saved and cleared", async () => {
    const user = await createTestUser();
    const form = (weekStartsOn: string) => profileSchema.parse({ name: "A", timeZone: "UTC", capacity: "7", weekStartsOn });
    await updateProfile(user.id, form("6"));
    expect((await getUser(user.id))?.weekStartsOn).toBe(6);
    await updateProfile(user.id, form(""));
    expect((await getUser(user.id))?.weekStartsOn).toBeNull();
  });
});
