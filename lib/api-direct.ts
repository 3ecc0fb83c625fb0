// API v1 from the Node server straight to its route handler (scripts/start.ts), past Next's router.
import type http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { Duplex } from "node:stream";
import { apiPathOf } from "@/lib/api-front";
import { compareScores, matchScore } from "@/lib/api-methods";
import { V1_OPERATIONS } from "@/lib/v1/operations";

/**
 * Why: a capture through the API cost ~5 ms of the server's CPU on these 2-core machines, and about
 * half of it was Next's request machinery (routing, the request and response adapters, its web
 * streams, tracing), not the route. A v1 route handler is a plain `(Request, { params }) => Response`
 * that needs nothing of Next's request scope (the integration suite calls every one of them that
 * way, tests/integration/api/helpers.ts), so the server calls it itself: the same compiled module
 * Next loads for that route (so the same module instances, caches and database handle), with a
 * Request built as Next builds it and the Response written back through the same compression.
 *
 * Only a request Next would route the same way comes here: a v1 route's own path (no trailing
 * slash, no empty or dot segments, nothing a URL parser would rewrite) and a method its module
 * exports. HEAD, OPTIONS, every page, and every other /api route still go to Next.
 */

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A v1 route a request reaches: its folder under app/ ("api/v1/callbacks/[id]/settle") and its decoded path parameters. */
export type DirectRoute = { routeDir: string; params: Record<string, string> };

type Template = { segments: string[]; routeDir: string };

let templates: Template[] | null = null;
function v1Templates(): Template[] {
  if (templates) return templates;
  const paths = [...new Set(V1_OPERATIONS.map((operation) => operation.path as string))];
  templates = paths.map((template) => {
    const segments = template.split("/").filter(Boolean);
    return { segments, routeDir: segments.map((segment) => (segment.startsWith("{") ? `[${segment.slice(1, -1)}]` : segment)).join("/") };
  });
  return templates;
}

/**
 * The v1 route `target` (path and query, as on the request line) reaches, or null when Next should
 * see the request: not under /api/v1, a path a URL parser would normalise (Next routes the
 * normalised one: `/api/v1/x/../load`, `//api/v1/load`, `%2e%2e`), a trailing slash (Next
 * redirects it), or no v1 route. The method is checked against the route's module later.
 */
export function directRouteFor(target: string): DirectRoute | null {
  const rawPath = target.split("?")[0]!;
  if (!rawPath.startsWith("/api/v1/") || rawPath.endsWith("/") || rawPath.includes("//")) return null;
  if (apiPathOf(target) !== rawPath) return null;
  const segments = rawPath.split("/").filter(Boolean);
  if (segments.some((segment) => /^(\.|%2e){1,2}$/i.test(segment))) return null;
  let best: { template: Template; score: number[] } | null = null;
  for (const template of v1Templates()) {
    const score = matchScore(template, segments);
    if (score && (!best || compareScores(score, best.score) > 0)) best = { template, score };
  }
  if (!best) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of best.template.segments.entries()) {
    if (!part.startsWith("{")) continue;
    try {
      params[part.slice(1, -1)] = decodeURIComponent(segments[index]!);
    } catch {
      return null;
    }
  }
  return { routeDir: best.template.routeDir, params };
}

type CompiledRoute = { routeModule: { ensureUserland: () => Promise<void>; userland: Record<string, unknown> } };

const routeModules = new Map<string, Promise<CompiledRoute["routeModule"]>>();

/** The compiled route module Next loads for `routeDir` (required once; Node's module cache shares it with Next). */
function loadRouteModule(distDir: string, routeDir: string): Promise<CompiledRoute["routeModule"]> {
  let loading = routeModules.get(routeDir);
  if (!loading) {
    const file = path.join(distDir, "server", "app", ...routeDir.split("/"), "route.js");
    loading = (async () => {
      const { routeModule } = createRequire(file)(file) as CompiledRoute;
      await routeModule.ensureUserland();
      return routeModule;
    })();
    loading.catch(() => routeModules.delete(routeDir));
    routeModules.set(routeDir, loading);
  }
  return loading;
}

const METHODS_WITH_HANDLERS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);

/** The route's handler for `method`, or null (HEAD and OPTIONS, which Next implements, and methods the route lacks). */
export async function directHandler(distDir: string, route: DirectRoute, method: string): Promise<Handler | null> {
  if (!METHODS_WITH_HANDLERS.has(method)) return null;
  const handler = (await loadRouteModule(distDir, route.routeDir)).userland[method];
  return typeof handler === "function" ? (handler as Handler) : null;
}

/** Bodies up to this size (declared in Content-Length) are read before the handler runs, as one buffer; longer or unsized ones stream. */
const BUFFERED_BODY_BYTES = 64 * 1024;

function readAll(req: http.IncomingMessage): Promise<Buffer<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * The Request Next would give the handler: its URL from the server's own origin and the request
 * line (Next's `initURL`), Next's `x-forwarded-*` defaults, and the body.
 */
async function toRequest(req: http.IncomingMessage, method: string, origin: string, port: number): Promise<Request> {
  const incoming = req.headers;
  const https = typeof incoming["x-forwarded-proto"] === "string" ? incoming["x-forwarded-proto"] === "https" : false;
  incoming["x-forwarded-host"] ??= incoming.host ?? "localhost";
  incoming["x-forwarded-port"] ??= String(port);
  incoming["x-forwarded-proto"] ??= https ? "https" : "http";
  incoming["x-forwarded-for"] ??= req.socket.remoteAddress;
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else headers.set(name, value);
  }
  const url = `${https ? origin.replace(/^http:/, "https:") : origin}${req.url ?? "/"}`;
  if (method === "GET" || (method === "DELETE" && incoming["content-length"] === undefined && incoming["transfer-encoding"] === undefined)) {
    return new Request(url, { method, headers });
  }
  const declared = Number(incoming["content-length"]);
  if (incoming["content-length"] !== undefined && Number.isFinite(declared) && declared <= BUFFERED_BODY_BYTES) {
    return new Request(url, { method, headers, body: await readAll(req) });
  }
  return new Request(url, { method, headers, body: bodyStream(req), duplex: "half" } as RequestInit);
}

/**
 * The request body as a web stream that reads only while the handler reads. A handler that stops
 * early (a body over its limit: 413) cancels it; the rest is then read and dropped, as Node does
 * with a body nobody read, so the connection stays usable for the client's next request (with
 * `Readable.toWeb` the cancel destroyed the socket, and a keep-alive client's next request failed).
 */
function bodyStream(req: http.IncomingMessage): ReadableStream<Uint8Array> {
  let listening = false;
  const noop = () => {};
  const listeners: { data: (chunk: Buffer) => void; end: () => void; error: (error: Error) => void } = { data: noop, end: noop, error: noop };
  const stopListening = () => {
    req.off("data", listeners.data);
    req.off("end", listeners.end);
    req.off("error", listeners.error);
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        listeners.data = (chunk) => {
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        };
        listeners.end = () => {
          stopListening();
          controller.close();
        };
        listeners.error = (error) => {
          stopListening();
          controller.error(error);
        };
      },
      pull() {
        if (!listening) {
          listening = true;
          req.on("data", listeners.data);
          req.on("end", listeners.end);
          req.on("error", listeners.error);
        }
        req.resume();
      },
      cancel() {
        stopListening();
        req.resume();
      },
    },
    // Nothing is read before the handler asks (no pull at construction).
    { highWaterMark: 0 },
  );
}

/** After the answer: whatever of the body the handler left unread is read and dropped (see bodyStream). */
function discardUnreadBody(req: http.IncomingMessage): void {
  if (req.complete || req.destroyed) return;
  req.removeAllListeners("data");
  req.resume();
}

/** Headers a handler may set more than once (Next appends these; any other name it sets only when the server has not). */
const MULTI_VALUE_HEADERS = new Set(["set-cookie", "www-authenticate", "proxy-authenticate", "vary"]);
/** Headers of the body as the handler made it, not as it is sent (it may be compressed): Next drops them too. */
const BODY_FRAMING_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding"]);

/**
 * Writes `response` to `res` as Next's sendResponse does: status, headers (the server's own
 * security headers win over a handler's of the same name; every Set-Cookie), then the body as it
 * streams, minding backpressure. A body that fails part-way ends the connection, so the client
 * sees a broken answer rather than a short one.
 */
async function writeResponse(response: Response, res: http.ServerResponse): Promise<void> {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  for (const [name, value] of response.headers) {
    if (BODY_FRAMING_HEADERS.has(name) || name === "set-cookie") continue;
    if (MULTI_VALUE_HEADERS.has(name) || res.getHeader(name) === undefined) res.appendHeader(name, value);
  }
  for (const cookie of response.headers.getSetCookie()) res.appendHeader("set-cookie", cookie);
  if (!response.body) {
    res.end();
    return;
  }
  // A body whose length the handler declared (a JSON answer: lib/json-response.ts) goes out with
  // its headers in one write, rather than as a chunk and then the chunked encoding's end in a
  // second: one system call and one wake-up of the client fewer per answer.
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isSafeInteger(declared) && declared <= BUFFERED_BODY_BYTES) {
    const body = Buffer.from(await response.arrayBuffer());
    if (res.destroyed) return;
    // Set before the compression sees the headers: it drops the length when it compresses.
    res.setHeader("Content-Length", body.length);
    res.end(body);
    return;
  }
  const reader = response.body.getReader();
  const closed = new Promise<"closed">((resolve) => res.once("close", () => resolve("closed")));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) break;
      if (!res.write(value)) {
        const drained = new Promise<"drain">((resolve) => res.once("drain", () => resolve("drain")));
        if ((await Promise.race([drained, closed])) === "closed") break;
      }
    }
  } catch (error) {
    res.destroy(error as Error);
    throw error;
  }
  if (res.destroyed) await reader.cancel().catch(() => undefined);
  else res.end();
}

type Compression = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
let compression: Compression | null = null;

/**
 * Next's own response compression, applied as Next's router applies it: the `compression`
 * middleware Next compiles in (gzip when the client accepts it and the body is compressible and
 * not marked `no-transform`, which lib/json-response.ts sets on short JSON answers). On a client
 * disconnect the middleware never ends its zlib stream; as Next does, it is destroyed then.
 */
function compress(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (!compression) {
    const create = createRequire(path.join(process.cwd(), "package.json"))("next/dist/compiled/compression") as () => Compression;
    compression = create();
  }
  compression(req, res, () => {});
  res.once("close", () => {
    if (res.writableFinished) return;
    const noop = () => {};
    // The middleware's `on` hands "drain" listeners to its zlib stream and returns that stream.
    const stream: unknown = res.on("drain", noop);
    res.off("drain", noop);
    if (stream !== res && stream instanceof Duplex) stream.destroy();
  });
}

/**
 * Serves the request with `handler`, as Next would have. Throws only before anything was written
 * (the caller answers 500); the handler's own failures are its answer (lib/api.ts maps them).
 */
export async function serveDirect(req: http.IncomingMessage, res: http.ServerResponse, handler: Handler, route: DirectRoute, server: { origin: string; port: number }): Promise<void> {
  const method = (req.method ?? "GET").toUpperCase();
  const request = await toRequest(req, method, server.origin, server.port);
  const response = await handler(request, { params: Promise.resolve(route.params) });
  compress(req, res);
  try {
    await writeResponse(response, res);
  } finally {
    discardUnreadBody(req);
  }
}
