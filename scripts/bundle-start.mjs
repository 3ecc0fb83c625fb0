// Part of `npm run build`: bundles scripts/start.ts (and the few lib modules it uses) into one
// plain-JavaScript file, .next/lifeloop-start.mjs, so `npm start` runs without a TypeScript
// loader: tsx's loader thread and on-the-fly compiles cost ~80 MB of resident memory and part
// of a second at every start. Packages stay imports (resolved from node_modules at run time).
import { build } from "esbuild";

await build({
  entryPoints: ["scripts/start.ts"],
  outfile: ".next/lifeloop-start.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: "tsconfig.json",
  logLevel: "warning",
  banner: { js: "// Built by scripts/bundle-start.mjs from scripts/start.ts; do not edit." },
});
console.log("Start script bundled: .next/lifeloop-start.mjs");
