import type { OperationSpec } from "@/lib/v1/operation";

/** Quotes a value for a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A curl command that calls `operation` with its example values, for the reference page:
 * `$LIFELOOP_URL` and `$LIFELOOP_TOKEN` stand for the app's address and a token (signed-in-only
 * operations use the browser's session cookie and a same-origin Origin instead).
 */
export function curlExample(operation: OperationSpec): string {
  const example = operation.example ?? {};
  let path: string = operation.path;
  for (const [name, value] of Object.entries(example.params ?? {})) path = path.replace(`{${name}}`, encodeURIComponent(value));
  const query = new URLSearchParams(example.query ?? {}).toString();
  const url = `"$LIFELOOP_URL${path}${query ? `?${query}` : ""}"`;
  const lines = [operation.method === "GET" ? `curl ${url}` : `curl -X ${operation.method} ${url}`];
  if (operation.auth === "session") {
    lines.push(`-H "Cookie: next-auth.session-token=$LIFELOOP_SESSION"`);
    if (operation.method !== "GET") lines.push(`-H "Origin: $LIFELOOP_URL"`);
  } else if (operation.auth !== "public") {
    lines.push(`-H "Authorization: Bearer $LIFELOOP_TOKEN"`);
  }
  if (operation.body) {
    lines.push(`-H "Content-Type: application/json"`);
    if (operation.method === "POST") lines.push(`-H "Idempotency-Key: $(uuidgen)"`);
    lines.push(`-d ${shellQuote(JSON.stringify(example.body ?? {}))}`);
  }
  return lines.join(" \\\n  ");
}
