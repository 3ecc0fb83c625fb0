// HTTP from the outside: sign in through NextAuth's credentials endpoint, full GETs of a page
// (the whole body read), and captures through POST /api/v1/callbacks with the session cookie.
import http from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";

/**
 * fetch, retried once when the connection was reset: on a very busy machine the server may close
 * an idle keep-alive socket just as the client reuses it (ECONNRESET), which is not the app failing.
 */
async function fetchRetrying(url: string | URL, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") throw error;
    return fetch(url, init);
  }
}

/** Cookies as one Cookie header, from a response's Set-Cookie lines merged into `jar`. */
function mergeCookies(jar: Map<string, string>, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

/** Signs in and returns the Cookie header of the session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  mergeCookies(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar), Origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/today`, json: "true" }),
  });
  mergeCookies(jar, response);
  await response.arrayBuffer();
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`sign-in failed for ${email} (HTTP ${response.status})`);
  return cookieHeader(jar);
}

/** One full GET: milliseconds until the last byte, and the body's size in bytes. */
export async function timedGet(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const response = await fetchRetrying(url, { headers: { Cookie: cookie }, redirect: "manual" });
  const body = await response.arrayBuffer();
  const ms = performance.now() - start;
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return { ms, bytes: body.byteLength };
}

/** `total` captures by `clients` concurrent clients; returns captures per second. */
export async function concurrentRate(total: number, clients: number, capture: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < total; i = next++) await capture(i);
    }),
  );
  return total / ((performance.now() - start) / 1000);
}

/**
 * The capture runs' client: node:http over keep-alive connections, one per concurrent client, as a
 * load tool keeps them. fetch (undici) spent ~7 ms of CPU per request on this 2-core machine, as
 * much as half of what the server spent, and the machine's two cores are shared by the client, the
 * server and Postgres: the rate then measured the client as much as the app.
 */
const captureAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function postOnce(url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent: captureAgent, headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const text = response.headers["content-encoding"] === "gzip" ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
        resolve({ status: response.statusCode ?? 0, body: text });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** One capture through the API as a signed-in browser would send it (JSON, same-origin, gzip accepted). */
export async function apiCapture(baseUrl: string, cookie: string, title: string): Promise<void> {
  const url = new URL("/api/v1/callbacks", baseUrl);
  const headers = { "Content-Type": "application/json", "Accept-Encoding": "gzip, deflate", Cookie: cookie, Origin: baseUrl };
  const body = JSON.stringify({ title });
  // Retried once on a reset socket, like fetchRetrying: a busy server may close an idle keep-alive socket just as it is reused.
  const response = await postOnce(url, headers, body).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET") throw error;
    return postOnce(url, headers, body);
  });
  if (response.status !== 201 && response.status !== 200) throw new Error(`capture answered ${response.status}: ${response.body.slice(0, 200)}`);
}

/** The JavaScript a first visit to `path` loads (every <script src> of its HTML), gzipped, in KB. */
export async function firstLoadJsKb(baseUrl: string, path: string, cookie: string): Promise<number> {
  const html = await (await fetch(baseUrl + path, { headers: { Cookie: cookie } })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer())).byteLength;
  return bytes / 1024;
}
