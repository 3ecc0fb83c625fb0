// Shared set-up for the effort and portfolio integration tests: a user with areas of their own.
import { getDb } from "@/lib/db";
import type { Area, User } from "@/lib/generated/prisma/client";
import { createTestUser } from "../factories";

export const TEST_AREAS = [
  { name: "Health", targetPct: 25, color: "#16a34a" },
  { name: "Specific Knowledge", targetPct: 30, color: "#2563eb" },
  { name: "Networking", targetPct: 20, color: "#d97706" },
  { name: "Creative Output", targetPct: 15, color: "#c026d3" },
  { name: "Exploration", targetPct: 10, color: "#0891b2" },
] as const;

/** A user (time zone `timeZone`) with the five default areas, returned in position order. */
export async function createUserWithAreas(timeZone = "UTC"): Promise<{ user: User; areas: Area[] }> {
  const user = await createTestUser({ timeZone });
  const db = getDb();
  await db.area.createMany({ data: TEST_AREAS.map((area, position) => ({ ...area, position, userId: user.id })) });
  const areas = await db.area.findMany({ where: { userId: user.id }, orderBy: { position: "asc" } });
  return { user, areas };
}
