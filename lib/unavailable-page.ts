/**
 * The page a browser gets (503) while Lifeloop can't reach its database, answered by proxy.ts
 * before any rendering (which would need the database). Self-contained HTML: its style and its
 * script carry the request's CSP nonce. It counts down, asks /api/health, reloads as soon as the
 * database answers, and has a Retry button; without JavaScript a meta refresh reloads it.
 * The in-app version of the same message is components/ops/database-unavailable.tsx.
 */
export const UNAVAILABLE_TITLE = "Lifeloop can't reach its database";

/** Seconds before the first automatic retry (the page's Retry-After). */
export const UNAVAILABLE_RETRY_SECONDS = 5;

export function renderUnavailablePage({ nonce, retryAfterSeconds = UNAVAILABLE_RETRY_SECONDS }: { nonce: string; retryAfterSeconds?: number }): string {
  const seconds = Math.max(1, Math.round(retryAfterSeconds));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${UNAVAILABLE_TITLE} · Lifeloop</title>
<noscript><meta http-equiv="refresh" content="${seconds}"></noscript>
<style nonce="${nonce}">
  :root { color-scheme: light dark; font-family: ui-sans-serif, system-ui, sans-serif; }
  body { margin: 0; min-height: 100dvh; display: grid; place-items: center; background: #f8fafc; color: #0f172a; }
  main { max-width: 28rem; padding: 1.5rem; text-align: center; }
  h1 { font-size: 1.5rem; margin: 0 0 0.75rem; }
  p { color: #475569; line-height: 1.5; margin: 0 0 1rem; }
  button { font: inherit; font-weight: 600; padding: 0.5rem 1.25rem; border-radius: 0.5rem; border: 0; background: #4f46e5; color: #fff; cursor: pointer; }
  button:focus-visible { outline: 3px solid #a5b4fc; outline-offset: 2px; }
  button:disabled { opacity: 0.7; cursor: progress; }
  @media (prefers-color-scheme: dark) {
    body { background: #020617; color: #f1f5f9; }
    p { color: #94a3b8; }
  }
</style>
</head>
<body>
<main>
  <h1>${UNAVAILABLE_TITLE}; retrying</h1>
  <p>Everything you saved is safe. This page reloads by itself as soon as the database answers again.</p>
  <p role="status" aria-live="polite" id="retry-status">Retrying in ${seconds} s…</p>
  <button type="button" id="retry-now">Retry now</button>
</main>
<script nonce="${nonce}">
(function () {
  var status = document.getElementById("retry-status");
  var button = document.getElementById("retry-now");
  var wait = ${seconds};
  var left = wait;
  var timer = null;
  function tickDown() {
    left -= 1;
    if (left <= 0) { check(); return; }
    status.textContent = "Retrying in " + left + " s…";
    timer = setTimeout(tickDown, 1000);
  }
  function schedule() {
    wait = Math.min(30, wait + 5);
    left = wait;
    status.textContent = "Still unreachable. Retrying in " + left + " s…";
    timer = setTimeout(tickDown, 1000);
  }
  function check() {
    clearTimeout(timer);
    button.disabled = true;
    status.textContent = "Retrying…";
    fetch("/api/health", { cache: "no-store" })
      .then(function (response) {
        if (response.ok) { status.textContent = "Back. Reloading…"; location.reload(); return; }
        button.disabled = false;
        schedule();
      })
      .catch(function () { button.disabled = false; schedule(); });
  }
  button.addEventListener("click", check);
  timer = setTimeout(tickDown, 1000);
})();
</script>
</body>
</html>
`;
}
