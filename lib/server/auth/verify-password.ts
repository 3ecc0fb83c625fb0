import { verify } from "@node-rs/argon2";
import { hashPassword } from "@/lib/server/auth/hash-password";

// Checked when the email is unknown so that a wrong email costs as much as a wrong password
// (no account enumeration by timing). Made once per process, on first need.
let dummyHash: Promise<string> | undefined;

/** True when the password matches the stored argon2id hash; false for a missing or broken hash. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("lifeloop-timing-equaliser");
  try {
    const ok = await verify(passwordHash ?? (await dummyHash), password);
    return passwordHash !== null && ok;
  } catch {
    return false;
  }
}
