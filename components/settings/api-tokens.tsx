"use client";

import Link from "next/link";
import { useState } from "react";
import { formatDateTime } from "@/components/callbacks/format";
import { CreateTokenForm, type CreatedToken } from "@/components/settings/create-token-form";
import { NewTokenPanel } from "@/components/settings/new-token-panel";
import { RevokeTokenButton } from "@/components/settings/revoke-token-button";
import { Card, CardHeader } from "@/components/ui/card";
import type { ApiTokenView } from "@/lib/server/tokens/token-view";
import { useProfile } from "@/components/profile-context";

/** Settings → API tokens: create (shown once), the list with created and last-used times, revoke. */
export function ApiTokens({ tokens, timeZone, rateLimit }: { tokens: ApiTokenView[]; timeZone: string; rateLimit: number }) {
  const { locale } = useProfile();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  return (
    <>
      <Card>
        <CardHeader
          title="Create a token"
          description={
            <>
              Use it from scripts and tools as described in the{" "}
              <Link href="/docs/api" className="text-brand-600 underline dark:text-brand-500">
                API reference
              </Link>
              . Each token may make {rateLimit} requests a minute.
            </>
          }
        />
        <div className="space-y-4">
          {created ? <NewTokenPanel token={created} onDone={() => setCreated(null)} /> : null}
          <CreateTokenForm onCreated={setCreated} />
        </div>
      </Card>
      <Card>
        <CardHeader title="Your tokens" description="Last use is recorded to the minute." />
        {tokens.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            No tokens yet. A read-only token is enough for backups and dashboards; give a script a read-write token only if it captures or
            settles callbacks for you.
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">Your API tokens</caption>
              <thead className="text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">
                <tr className="border-b border-slate-200 dark:border-slate-800">
                  <th scope="col" className="py-2 pr-3 font-medium">Name</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Scope</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Created</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Last used</th>
                  <th scope="col" className="py-2 font-medium"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} className="border-b border-slate-100 last:border-0 dark:border-slate-800/70">
                    <td className="py-2 pr-3">
                      <span className="font-medium">{token.name}</span>
                      <span className="ml-2 font-mono text-xs text-slate-500 dark:text-slate-400">{token.prefix}…</span>
                    </td>
                    <td className="py-2 pr-3">
                      <span className={`rounded-md px-2 py-0.5 text-xs font-medium ${token.scope === "read" ? "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300" : "bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-200"}`}>
                        {token.scope === "read" ? "Read only" : "Read and write"}
                      </span>
                    </td>
                    <td className="py-2 pr-3 text-slate-600 dark:text-slate-400">{formatDateTime(token.createdAt, timeZone, locale)}</td>
                    <td className="py-2 pr-3 text-slate-600 dark:text-slate-400">{token.lastUsedAt ? formatDateTime(token.lastUsedAt, timeZone, locale) : "Never"}</td>
                    <td className="py-2 text-right">
                      <RevokeTokenButton tokenId={token.id} name={token.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
