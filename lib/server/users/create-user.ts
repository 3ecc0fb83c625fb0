import { getDb } from "@/lib/db";
import { DEFAULT_AREAS } from "@/lib/domain/areas";
import { accountWords, newPasswordProblem } from "@/lib/domain/password-strength";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/server/auth/hash-password";
import type { SignUpInput } from "@/lib/validation/auth";

const EMAIL_TAKEN = "An account with this email already exists. Sign in instead?";

/**
 * Creates an account with the seed's five energy areas, in one transaction: either the user and
 * all areas exist afterwards, or nothing was written. The password must pass the strength rule.
 */
export async function createUser(input: SignUpInput): Promise<{ id: string; email: string }> {
  const db = getDb();
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  const passwordProblem = newPasswordProblem(input.password, accountWords(input.email, input.name));
  if (passwordProblem) {
    // Both problems at once, so the form does not reveal them one submit at a time.
    throw new AppError("INVALID", "Please fix the highlighted fields.", { password: [passwordProblem], ...(taken ? { email: [EMAIL_TAKEN] } : {}) });
  }
  if (taken) throw new AppError("CONFLICT", EMAIL_TAKEN, { email: [EMAIL_TAKEN] });

  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, timeZone: input.timeZone, passwordHash },
        select: { id: true, email: true },
      });
      await tx.area.createMany({
        data: DEFAULT_AREAS.map((area, position) => ({ ...area, position, userId: user.id })),
      });
      return user;
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    }
    throw error;
  }
}
