// Runs before `next build` so a bad environment fails the build with a clear message.
import { EnvError, readEnv } from "@/lib/env";

try {
  readEnv();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
