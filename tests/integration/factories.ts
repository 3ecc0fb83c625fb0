import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Prisma, User } from "@/lib/generated/prisma/client";

/** A unique address per call, so tests never collide on User.email and never need a wipe. */
export function createTestEmail(): string {
  return `user-${randomUUID()}@example.test`;
}

/** Inserts a user with a random email (passwordHash "x": not a real hash) and returns it. */
export async function createTestUser(overrides: Partial<Prisma.UserCreateInput> = {}): Promise<User> {
  return getDb().user.create({
    data: { email: createTestEmail(), passwordHash: "x", ...overrides },
  });
}
