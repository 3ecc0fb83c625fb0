// `npm start`: the server (scripts/start.ts) from its prebuilt bundle, .next/lifeloop-start.mjs
// (scripts/bundle-start.mjs, part of `npm run build`), in plain Node: no TypeScript loader, so
// less memory and a faster start. Without a bundle, or with one older than the build or than
// scripts/start.ts, it runs scripts/start.ts through tsx instead (which builds first when needed).
// Either way this process is the server: signals reach it directly.
import { existsSync, statSync } from "node:fs";

const bundle = new URL("../.next/lifeloop-start.mjs", import.meta.url);
const mtime = (url) => (existsSync(url) ? statSync(url).mtimeMs : 0);
const isFresh =
  mtime(bundle) > 0 && mtime(bundle) >= mtime(new URL("../.next/BUILD_ID", import.meta.url)) && mtime(bundle) >= mtime(new URL("./start.ts", import.meta.url));

if (isFresh) {
  await import(bundle.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./start.ts");
}
