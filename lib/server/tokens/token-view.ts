import type { ApiToken } from "@/lib/generated/prisma/client";

export type ApiTokenScopeName = "read" | "read-write";

/** A token as people and the API see it: never its hash. */
export type ApiTokenView = {
  id: string;
  name: string;
  scope: ApiTokenScopeName;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
};

export function toApiTokenView(row: Pick<ApiToken, "id" | "name" | "scope" | "prefix" | "createdAt" | "lastUsedAt">): ApiTokenView {
  return { id: row.id, name: row.name, scope: row.scope === "READ" ? "read" : "read-write", prefix: row.prefix, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt };
}
