import Link from "next/link";

const codeClasses = "rounded bg-slate-100 px-1 py-0.5 font-mono text-[13px] dark:bg-slate-800";

function Code({ children }: { children: string }) {
  return (
    // Focusable: a code block that scrolls sideways must be reachable by keyboard (axe scrollable-region-focusable).
    <pre tabIndex={0} aria-label="Example" className="overflow-x-auto rounded-lg bg-slate-950 p-3 text-[13px] leading-relaxed text-slate-100 dark:bg-black/60">
      <code>{children}</code>
    </pre>
  );
}

/** The reference's recipes for backups (export/import with curl) and for capturing from anywhere (bookmarklet, shortcuts, share sheets). */
export function DataRecipes({ origin }: { origin: string }) {
  return (
    <>
      <section id="backups" aria-labelledby="backups-title" className="scroll-mt-6 space-y-3">
        <h2 id="backups-title" className="text-xl font-semibold">
          Backups: export and import
        </h2>
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          <code className={codeClasses}>GET /api/v1/export</code> streams everything as one versioned JSON file (its{" "}
          <Link prefetch={false} href="/api/v1/export/schema" className="text-brand-600 underline dark:text-brand-500">JSON Schema</Link>);{" "}
          <code className={codeClasses}>?format=csv&amp;entity=callbacks</code> gives one table as CSV. Importing the file (into this account or
          another) is all or nothing, and importing it twice adds nothing. A nightly backup with cron and a read token:
        </p>
        <Code>{`# every night at 02:00: a dated backup
0 2 * * * curl -fsS "$LIFELOOP_URL/api/v1/export" -H "Authorization: Bearer $LIFELOOP_TOKEN" -o "$HOME/backups/lifeloop-$(date +\\%F).json"

# callbacks as CSV for a spreadsheet (UTF-8 BOM for Excel)
curl -fsS "$LIFELOOP_URL/api/v1/export?format=csv&entity=callbacks&bom=1" -H "Authorization: Bearer $LIFELOOP_TOKEN" -o callbacks.csv

# restore into another account (read-write token): check first, then import
curl -X POST "$LIFELOOP_URL/api/v1/import?dryRun=1" -H "Authorization: Bearer $LIFELOOP_TOKEN" -H "Content-Type: application/json" --data-binary @lifeloop-2026-03-02.json
curl -X POST "$LIFELOOP_URL/api/v1/import" -H "Authorization: Bearer $LIFELOOP_TOKEN" -H "Content-Type: application/json" --data-binary @lifeloop-2026-03-02.json

# callbacks from a job tracker's CSV (columns guessed from the headers, or map them)
curl -X POST "$LIFELOOP_URL/api/v1/import?dryRun=1&map.title=Job%20Title&map.counterparty=Company" -H "Authorization: Bearer $LIFELOOP_TOKEN" -H "Content-Type: text/csv" --data-binary @applications.csv`}</Code>
      </section>

      <section id="capture" aria-labelledby="capture-title" className="scroll-mt-6 space-y-3">
        <h2 id="capture-title" className="text-xl font-semibold">
          Capture from anywhere
        </h2>
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          <code className={codeClasses}>{`${origin}/capture?title=…&url=…`}</code> opens the capture form with a title and link filled in (it also reads{" "}
          <code className={codeClasses}>text</code>, as share sheets send it). Signed out, it asks you to sign in and comes back with the fields kept. The
          bookmarklet in <a href="/settings/data#capture" className="text-brand-600 underline dark:text-brand-500">Settings → Data</a> opens it from any page.
          To capture without a browser, POST to the API:
        </p>
        <Code>{`curl -X POST "$LIFELOOP_URL/api/v1/callbacks" -H "Authorization: Bearer $LIFELOOP_TOKEN" -H "Content-Type: application/json" \\
  -H "Idempotency-Key: $(uuidgen)" \\
  -d '{"title":"Applied: Staff Engineer at Acme","kind":"JOB_APPLICATION","link":"https://acme.example/jobs/42","notes":"Referred by Sam"}'`}</Code>
        <div className="grid gap-4 md:grid-cols-2">
          <div className="rounded-2xl border border-slate-200 bg-white p-4 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
            <h3 className="mb-1.5 font-semibold text-slate-900 dark:text-slate-100">Apple Shortcuts (iPhone, iPad, Mac)</h3>
            <ol className="list-decimal space-y-1 pl-5">
              <li>New shortcut; in its details turn on <em>Show in Share Sheet</em> and accept <em>URLs</em> and <em>Safari web pages</em>.</li>
              <li>
                Add <em>Get Name</em> of <em>Shortcut Input</em>, then <em>URL Encode</em> it; do the same for the input&apos;s URL.
              </li>
              <li>
                Add <em>Open URLs</em> with <code className={codeClasses}>{`${origin}/capture?title=[Encoded name]&url=[Encoded URL]`}</code>.
              </li>
              <li>
                To save without opening the form, use <em>Get Contents of URL</em> instead: POST to <code className={codeClasses}>/api/v1/callbacks</code> with a
                header <code className={codeClasses}>Authorization: Bearer ll_…</code> and a JSON body with <code className={codeClasses}>title</code> and{" "}
                <code className={codeClasses}>link</code>.
              </li>
            </ol>
          </div>
          <div className="rounded-2xl border border-slate-200 bg-white p-4 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
            <h3 className="mb-1.5 font-semibold text-slate-900 dark:text-slate-100">Android share</h3>
            <ol className="list-decimal space-y-1 pl-5">
              <li>Install Lifeloop from Chrome (menu → <em>Install app</em>); it then appears in the share sheet and opens <code className={codeClasses}>/capture</code> with what you share.</li>
              <li>
                Without installing: with an automation app (e.g. HTTP Shortcuts or Tasker), make a share target that opens{" "}
                <code className={codeClasses}>{`${origin}/capture?text={shared text}`}</code>; the link inside the shared text becomes the callback&apos;s link.
              </li>
              <li>Or send the same POST as the curl example above from the automation app, with your token.</li>
            </ol>
          </div>
        </div>
      </section>
    </>
  );
}
