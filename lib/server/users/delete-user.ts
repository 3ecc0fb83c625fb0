import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";

/**
 * Deletes the account and, through ON DELETE CASCADE on every table that belongs to a user,
 * every row of theirs. Sign-in attempts are keyed by email, so they are removed too.
 */
export async function deleteUser(userId: string): Promise<void> {
  const db = getDb();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) throw notFound("Your account");
    await tx.signInAttempt.deleteMany({ where: { email: user.email } });
    await tx.user.delete({ where: { id: userId } });
  });
}
