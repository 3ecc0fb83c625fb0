/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships wasm and data files it loads from its own folder at run time; bundling it breaks
  // that (and would copy ~14 MB into public static files). The database adapters and the WASM
  // migration engine are server-only packages too.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
    "@node-rs/argon2",
    "pg",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  outputFileTracingExcludes: { "*": ["./data/**", "./tests/**"] },
};

export default nextConfig;
