// Export/import tests: raw responses (CSV, streamed JSON) from the v1 routes, in-process, and a
// fresh account shaped as sign-up makes it (the five starting areas).
import { getDb } from "@/lib/db";
import { DEFAULT_AREAS } from "@/lib/domain/areas";
import type { User } from "@/lib/generated/prisma/client";
import { createToken } from "@/lib/server/tokens/create-token";
import { createTestUser } from "../factories";
import { type Json, ORIGIN, api, sessionCookie } from "../api/helpers";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A request to /api/v1/export (GET) or /api/v1/import (POST) answered as text, with its headers. */
export async function send(method: "GET" | "POST", pathWithQuery: string, options: { token?: string; cookie?: string; body?: string; contentType?: string } = {}) {
  const url = new URL(pathWithQuery, ORIGIN);
  const file = url.pathname === "/api/v1/export" ? "../../../app/api/v1/export/route.ts" : "../../../app/api/v1/import/route.ts";
  const routeModule = (await import(/* @vite-ignore */ new URL(file, import.meta.url).pathname)) as Record<string, Handler>;
  const headers = new Headers();
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  if (options.cookie) {
    headers.set("cookie", options.cookie);
    if (method !== "GET") headers.set("origin", ORIGIN);
  }
  if (options.body !== undefined) headers.set("content-type", options.contentType ?? "application/json");
  const response = await routeModule[method]!(new Request(url, { method, headers, body: options.body }), { params: Promise.resolve({}) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { status: response.status, headers: response.headers, bytes, text, json: (): Json => JSON.parse(text) };
}

/** A new account as sign-up creates it (five starting areas), with a read-write token and a cookie. */
export async function createDataUser(overrides: { timeZone?: string } = {}): Promise<{ user: User; token: string; readToken: string; cookie: string }> {
  const user = await createTestUser(overrides);
  await getDb().area.createMany({ data: DEFAULT_AREAS.map((area, position) => ({ ...area, position, userId: user.id })) });
  const [rw, read] = await Promise.all([
    createToken(user.id, { name: "export script", scope: "read-write" }, new Date()),
    createToken(user.id, { name: "read script", scope: "read" }, new Date()),
  ]);
  return { user, token: rw.token, readToken: read.token, cookie: await sessionCookie(user) };
}

/**
 * An export with its ids replaced by labels in order of first appearance ("#1", "#2"…) and
 * without its export time: two exports equal "apart from ids and export time" are equal here.
 */
export function withoutIds(file: Json): Json {
  const ids = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (key === "id" && typeof item === "string") ids.add(item);
        collect(item);
      }
    }
  };
  collect(file);
  const labels = new Map<string, string>();
  const relabel = (value: unknown): unknown => {
    if (typeof value === "string" && ids.has(value)) {
      if (!labels.has(value)) labels.set(value, `#${labels.size + 1}`);
      return labels.get(value);
    }
    if (Array.isArray(value)) return value.map(relabel);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, relabel(item)]));
    return value;
  };
  const rest: Record<string, unknown> = { ...(file as Record<string, unknown>) };
  delete rest.exportedAt;
  return relabel(rest);
}

export { api };
