import { defineConfig } from "prisma/config";

// The Prisma CLI is used offline only for `generate` (see scripts/generate.mjs); migrations run
// through scripts/migrate.ts, which drives Prisma's WASM schema engine over a driver adapter.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
