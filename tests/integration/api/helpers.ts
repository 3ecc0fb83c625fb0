// Calls API v1's route handlers in-process, as the server would: a real Request, the route's
// params, a real session cookie (a NextAuth JWT made with `encode`) or a real personal token.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encode } from "next-auth/jwt";
import { getDb } from "@/lib/db";
import { authSecret } from "@/lib/env";
import type { User } from "@/lib/generated/prisma/client";
import { createSession } from "@/lib/server/sessions/create-session";
import { createToken } from "@/lib/server/tokens/create-token";
import { createTestUser } from "../factories";

export const ORIGIN = "http://localhost:3000";
const V1_DIR = fileURLToPath(new URL("../../../app/api/v1", import.meta.url));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;

/** Every route file under app/api/v1, as its OpenAPI path template ("/api/v1/callbacks/{id}") and its file. */
export function v1RouteFiles(): { template: string; file: string }[] {
  const found: { template: string; file: string }[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name.replace(/^\[(.+)\]$/, "{$1}")]);
      else if (entry.name === "route.ts") found.push({ template: `/api/v1${segments.length ? `/${segments.join("/")}` : ""}`, file: path.join(dir, entry.name) });
    }
  };
  walk(V1_DIR, []);
  return found;
}

const modules = new Map<string, Promise<RouteModule>>();
function loadRoute(file: string): Promise<RouteModule> {
  if (!modules.has(file)) modules.set(file, import(/* @vite-ignore */ file) as Promise<RouteModule>);
  return modules.get(file)!;
}

/** The route file and params for a concrete path ("/api/v1/callbacks/abc/settle"). */
function matchRoute(pathname: string): { file: string; params: Record<string, string> } | null {
  const parts = pathname.split("/").filter(Boolean);
  for (const { template, file } of v1RouteFiles()) {
    const templateParts = template.split("/").filter(Boolean);
    if (templateParts.length !== parts.length) continue;
    const params: Record<string, string> = {};
    if (templateParts.every((part, index) => (part.startsWith("{") ? ((params[part.slice(1, -1)] = decodeURIComponent(parts[index]!)), true) : part === parts[index]))) {
      return { file, params };
    }
  }
  return null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are JSON; the assertions that read them check them.
export type Json = any;

export type Auth = { token?: string; cookie?: string; origin?: string | null };
export type ApiResponse<T = Json> = { status: number; body: T; headers: Headers };

/**
 * Sends a request to the v1 route that serves `pathWithQuery`, in-process. With a cookie, writes
 * carry a same-origin Origin unless `origin` says otherwise (null: none).
 */
export async function api<T = Json>(method: string, pathWithQuery: string, options: Auth & { body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResponse<T>> {
  const url = new URL(pathWithQuery, ORIGIN);
  const match = matchRoute(url.pathname);
  if (!match) throw new Error(`no v1 route for ${url.pathname}`);
  const handler = (await loadRoute(match.file))[method as keyof RouteModule];
  if (!handler) throw new Error(`${match.file} has no ${method}`);
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  if (options.cookie) {
    headers.set("cookie", options.cookie);
    const origin = options.origin === undefined ? ORIGIN : options.origin;
    if (origin && method !== "GET") headers.set("origin", origin);
  } else if (options.origin) headers.set("origin", options.origin);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(match.params) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** A real NextAuth session cookie for `user`, as the sign-in would set it (with its Session row). */
export async function sessionCookie(user: Pick<User, "id">): Promise<string> {
  const session = await createSession({ userId: user.id, clientLabel: "API test", clientAddress: "127.0.0.1", now: new Date() });
  const jwt = await encode({ token: { sub: user.id, sid: session.id }, secret: authSecret() });
  return `next-auth.session-token=${jwt}`;
}

/** A user with one active area (the effort log needs one), its cookie, and tokens of both scopes. */
export async function createApiUser(overrides: { capacity?: number; timeZone?: string } = {}) {
  const user = await createTestUser(overrides);
  const area = await getDb().area.create({ data: { userId: user.id, name: "Networking", color: "#3b82f6", targetPct: 100, position: 0 } });
  const [rw, read] = await Promise.all([
    createToken(user.id, { name: "read-write script", scope: "read-write" }, new Date()),
    createToken(user.id, { name: "read script", scope: "read" }, new Date()),
  ]);
  return { user, area, cookie: await sessionCookie(user), token: rw.token, readToken: read.token, tokenId: rw.id };
}
