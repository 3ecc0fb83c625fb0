import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { ApiOperation } from "@/components/docs/api-operation";
import { DataRecipes } from "@/components/docs/data-recipes";
import { Logo } from "@/components/logo";
import { buttonClasses } from "@/components/ui/button";
import type { JsonSchema } from "@/lib/v1/json-schema";
import { tokenRateLimit } from "@/lib/server/tokens/token-rate-limit";
import { buildOpenApiDocument } from "@/lib/v1/openapi";
import { V1_OPERATIONS, V1_TAGS } from "@/lib/v1/operations";

export const metadata: Metadata = {
  title: "API reference",
  description: "Lifeloop's REST API v1: personal tokens, callbacks, commitments, effort, reviews, with a curl example per route.",
};

const codeClasses = "rounded bg-slate-100 px-1 py-0.5 font-mono text-[13px] dark:bg-slate-800";

/** The origin people reach this app at (behind a proxy, the forwarded one), for the curl examples. */
async function appOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host")?.split(",")[0]?.trim() || list.get("host") || "localhost:3000";
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim() || (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

/**
 * /docs/api — the readable reference, public. Generated from the same operations table and
 * OpenAPI document as /api/v1/openapi.json, so it lists exactly the routes that exist.
 */
export default async function ApiReferencePage() {
  const origin = await appOrigin();
  const document = buildOpenApiDocument({ serverUrl: origin });
  const paths = document.paths as Record<string, Record<string, JsonSchema>>;
  const sections = V1_TAGS.map((tag) => ({ ...tag, operations: V1_OPERATIONS.filter((operation) => operation.tag === tag.name) })).filter((section) => section.operations.length > 0);
  return (
    <div className="min-h-dvh">
      <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="flex items-center gap-2 font-semibold">
            <Logo className="size-6" />
            Lifeloop
          </Link>
          <nav aria-label="Account" className="flex gap-2">
            <a href="/api/v1/openapi.json" className={buttonClasses("ghost", "sm")}>
              OpenAPI 3.1 (JSON)
            </a>
            <Link href="/settings/api" className={buttonClasses("secondary", "sm")}>
              Your API tokens
            </Link>
          </nav>
        </div>
      </header>
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 lg:grid-cols-[14rem_1fr]">
        <nav aria-label="API sections" className="lg:sticky lg:top-6 lg:self-start">
          <ul className="space-y-3 text-sm">
            <li>
              <a href="#getting-started" className="font-medium hover:text-brand-600">
                Getting started
              </a>
            </li>
            <li>
              <a href="#backups" className="font-medium hover:text-brand-600">
                Backups: export and import
              </a>
            </li>
            <li>
              <a href="#capture" className="font-medium hover:text-brand-600">
                Capture from anywhere
              </a>
            </li>
            {sections.map((section) => (
              <li key={section.name}>
                <a href={`#${slug(section.name)}`} className="font-medium hover:text-brand-600">
                  {section.name}
                </a>
                <ul className="mt-1 space-y-0.5 border-l border-slate-200 pl-3 dark:border-slate-800">
                  {section.operations.map((operation) => (
                    <li key={operation.operationId}>
                      <a href={`#${operation.operationId}`} className="text-slate-600 hover:text-brand-600 dark:text-slate-400">
                        {operation.summary}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="min-w-0 space-y-10">
          <section id="getting-started" aria-labelledby="getting-started-title" className="space-y-4">
            <h1 id="getting-started-title" className="text-3xl font-semibold tracking-tight">
              Lifeloop API v1
            </h1>
            <p className="max-w-3xl text-slate-600 dark:text-slate-400">
              Everything you can do in Lifeloop, from a script: capture and settle callbacks, log effort, check in on commitments, read
              your load and insights. JSON in, JSON out, under <code className={codeClasses}>/api/v1</code>. The machine-readable
              description is the <a href="/api/v1/openapi.json" className="text-brand-600 underline dark:text-brand-500">OpenAPI 3.1 document</a>.
            </p>
            <div className="grid gap-4 md:grid-cols-2">
              <Explainer title="Authenticate">
                Create a personal API token in <Link href="/settings/api" className="text-brand-600 underline dark:text-brand-500">Settings → API tokens</Link>{" "}
                and send it as <code className={codeClasses}>Authorization: Bearer ll_…</code>. A <em>read</em> token can only GET; a{" "}
                <em>read-write</em> token can change things. A revoked token stops working with its next request. Tokens can&apos;t
                manage tokens: that needs you signed in.
              </Explainer>
              <Explainer title="Errors">
                Every failure answers <code className={codeClasses}>{`{ "error": { "code", "message", "fields"?, "details"? } }`}</code> with
                the status of its code (422 INVALID with a message per field, 404 NOT_FOUND — also for someone else&apos;s items, 409
                CONFLICT or NEEDS_CONFIRMATION, 429 RATE_LIMITED…) and an <code className={codeClasses}>X-Request-Id</code>.
              </Explainer>
              <Explainer title="Retries: Idempotency-Key">
                Send <code className={codeClasses}>Idempotency-Key: &lt;a UUID&gt;</code> with any POST. A retry with the same key within 24
                hours gets the first answer again and writes nothing; the same key with another body is 422; while the first request
                still runs, 409.
              </Explainer>
              <Explainer title="Limits and pages">
                Each token may make {tokenRateLimit()} requests a minute (then 429 with <code className={codeClasses}>Retry-After</code>). Lists answer{" "}
                <code className={codeClasses}>{`{ "items", "nextCursor" }`}</code>: pass <code className={codeClasses}>nextCursor</code> as{" "}
                <code className={codeClasses}>?cursor=</code> for the next page (<code className={codeClasses}>?limit=</code> up to 200).
              </Explainer>
            </div>
            <pre tabIndex={0} aria-label="Example: list your callbacks" className="overflow-x-auto rounded-lg bg-slate-950 p-3 text-[13px] leading-relaxed text-slate-100 dark:bg-black/60">
              <code>{`export LIFELOOP_URL=${origin}\nexport LIFELOOP_TOKEN=ll_…   # from Settings → API tokens\ncurl "$LIFELOOP_URL/api/v1/callbacks?state=ALL" -H "Authorization: Bearer $LIFELOOP_TOKEN"`}</code>
            </pre>
          </section>
          <DataRecipes origin={origin} />
          {sections.map((section) => (
            <section key={section.name} id={slug(section.name)} aria-labelledby={`${slug(section.name)}-title`} className="scroll-mt-6 space-y-4">
              <div>
                <h2 id={`${slug(section.name)}-title`} className="text-xl font-semibold">
                  {section.name}
                </h2>
                <p className="text-sm text-slate-600 dark:text-slate-400">{section.description}</p>
              </div>
              {section.operations.map((operation) => (
                <ApiOperation
                  key={operation.operationId}
                  operation={operation}
                  document={paths[operation.path]![operation.method.toLowerCase()] as Parameters<typeof ApiOperation>[0]["document"]}
                />
              ))}
            </section>
          ))}
        </main>
      </div>
    </div>
  );
}

function Explainer({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-4 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
      <h2 className="mb-1.5 font-semibold text-slate-900 dark:text-slate-100">{title}</h2>
      <p>{children}</p>
    </div>
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
