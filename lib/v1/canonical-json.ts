/**
 * A body's canonical text, for comparing a retried request with the first: JSON with its object
 * keys sorted at every level and no insignificant whitespace (so a client that reorders keys on a
 * retry is still "the same request"); text that is not JSON stays as sent.
 */
export function canonicalJson(text: string): string {
  if (text.trim() === "") return "";
  try {
    return JSON.stringify(sortKeys(JSON.parse(text)));
  } catch {
    return text;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
  }
  return value;
}
