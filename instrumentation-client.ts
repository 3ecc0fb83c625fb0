import { config } from "zod/v4/core";

// Runs in the browser before the app's own code. zod compiles object parsers with `new Function`
// unless told not to; it falls back when the Content-Security-Policy forbids eval (proxy.ts),
// but its probe still raises a CSP violation report on every page with a form. Parsing a form
// without the compiled fast path costs nothing a person notices. (The server keeps compiling.)
config({ jitless: true });
