// Shared set-up for the effort and portfolio integration tests: a user with areas of their own.
import { getDb } from "@/lib/db";
import { DEFAULT_AREAS } from "@/lib/domain/areas";
import type { Area, User } from "@/lib/generated/prisma/client";
import { createTestUser } from "../factories";

/** The areas every new account starts with, so tests read like a real user's portfolio. */
export const TEST_AREAS = DEFAULT_AREAS;

/** A user (time zone `timeZone`) with the five default areas, returned in position order. */
export async function createUserWithAreas(timeZone = "UTC"): Promise<{ user: User; areas: Area[] }> {
  const user = await createTestUser({ timeZone });
  const db = getDb();
  await db.area.createMany({ data: TEST_AREAS.map((area, position) => ({ ...area, position, userId: user.id })) });
  const areas = await db.area.findMany({ where: { userId: user.id }, orderBy: { position: "asc" } });
  return { user, areas };
}
