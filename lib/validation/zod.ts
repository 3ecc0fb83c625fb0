import { z } from "zod";
import { config } from "zod/v4/core";

/**
 * zod for this folder's schemas: import `z` from here, not from "zod". In the browser, zod would
 * compile object parsers with `new Function`; it falls back when the Content-Security-Policy
 * forbids eval (proxy.ts), but its probe (run as an object schema is built) raises a CSP
 * violation report on every page with a form. So before any schema is built there, it is told
 * not to (parsing a form without the compiled fast path costs nothing a person notices); the
 * server keeps compiling. Set here rather than in a client instrumentation file so that pages whose
 * browser code builds no schema (Today) don't load zod at all.
 */
if (typeof window !== "undefined") config({ jitless: true });

export { z };
