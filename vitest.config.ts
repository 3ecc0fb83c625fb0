import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim();

/** The same integration files, run once per database; lib/db.ts picks the database from env. */
function integrationProject(
  name: string,
  groupOrder: number,
  env: Record<string, string>,
  globalSetup: string[] = [],
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include: ["tests/integration/**/*.test.ts"],
      environment: "node",
      env,
      globalSetup,
      setupFiles: ["tests/integration/setup.ts"],
      // Each PGlite file opens its own in-memory database (a few seconds, far more on a busy
      // machine); keep files parallel but bounded.
      testTimeout: 60_000,
      hookTimeout: 120_000,
      maxWorkers: 2,
      // Projects with different worker limits must run as separate groups: unit, then PGlite,
      // then Postgres (which also keeps the two databases' runs from competing for the cores).
      sequence: { groupOrder },
    },
  };
}

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 } },
      },
      // DATABASE_URL is blanked so a developer's shell cannot point these tests at a real server.
      integrationProject("integration", 1, { LIFELOOP_DATA_DIR: "memory://", DATABASE_URL: "" }),
      ...(TEST_DATABASE_URL
        ? [
            integrationProject(
              "integration-postgres",
              2,
              {
                DATABASE_URL: TEST_DATABASE_URL,
                LIFELOOP_DATA_DIR: "",
                NEXTAUTH_SECRET: "integration-test-secret-not-for-production-0123456789",
              },
              ["tests/integration/global-setup-postgres.ts"],
            ),
          ]
        : []),
    ],
  },
});
