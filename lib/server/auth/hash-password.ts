import { hash } from "@node-rs/argon2";

/** Hashes a password with argon2id (the library's default algorithm) and OWASP-level cost. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}
