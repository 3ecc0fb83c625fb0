import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Loads Prisma's schema engine compiled to WASM. The package's default entry imports the .wasm
 * file as an ES module, which Node cannot do, so we instantiate it by hand beside its JS glue.
 */
export type SchemaEngine = engineBindings.SchemaEngine;
export const SchemaEngine = engineBindings.SchemaEngine;

type WasmExports = WebAssembly.Exports & { __wbindgen_start: () => void };

// The compiled module is kept on globalThis so that a second copy of this module in the same
// process (e.g. Next dev reloads) skips the ~5 MB compile; the glue module holds one instance.
const globalForWasm = globalThis as typeof globalThis & {
  __lifeloopSchemaEngineWasm?: Promise<WebAssembly.Module>;
};

let started: Promise<void> | undefined;

function compileWasm(): Promise<WebAssembly.Module> {
  globalForWasm.__lifeloopSchemaEngineWasm ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    return WebAssembly.compile(bytes);
  })();
  return globalForWasm.__lifeloopSchemaEngineWasm;
}

// The engine arms a timeout (~10 s) around its work and never clears it, so a finished command
// would hold the process open. Timers are kept while a command runs (the engine may really be
// waiting on one) and unref'd once no command is running.
const engineTimers = new Set<NodeJS.Timeout>();
let runningCommands = 0;

type SetTimeoutImport = (callback: () => void, ms: number) => NodeJS.Timeout;

function buildImports(): WebAssembly.ModuleImports {
  const imports: Record<string, unknown> = { ...engineBindings };
  for (const [name, value] of Object.entries(engineBindings)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    const setTimeoutImport = value as unknown as SetTimeoutImport;
    imports[name] = (callback: () => void, ms: number) => {
      const timer = setTimeoutImport(() => {
        engineTimers.delete(timer);
        callback();
      }, ms);
      if (runningCommands === 0) timer.unref();
      else engineTimers.add(timer);
      return timer;
    };
  }
  return imports as WebAssembly.ModuleImports;
}

/** Brackets one engine command; returns the function that ends it. */
export function beginEngineCommand(): () => void {
  runningCommands += 1;
  return () => {
    runningCommands -= 1;
    if (runningCommands > 0) return;
    for (const timer of engineTimers) timer.unref();
    engineTimers.clear();
  };
}

async function instantiateWasm(): Promise<void> {
  const wasmModule = await compileWasm();
  const instance = await WebAssembly.instantiate(wasmModule, { "./schema_engine_bg.js": buildImports() });
  const exports = instance.exports as WasmExports;
  engineBindings.__wbg_set_wasm(exports);
  exports.__wbindgen_start();
}

/** Instantiates the engine's WASM once per loaded copy of the glue module. */
export function startSchemaEngineWasm(): Promise<void> {
  if (!started) {
    started = instantiateWasm();
    // A failed start (e.g. a missing .wasm) is not cached, so a later call reports it again.
    started.catch(() => {
      started = undefined;
      globalForWasm.__lifeloopSchemaEngineWasm = undefined;
    });
  }
  return started;
}
