/** Where a signed-in person lands. */
export const HOME_PATH = "/today";

/** A callbackUrl from the query string, kept only when it is a path on this site. */
export function safeReturnPath(value: string | null | undefined, fallback = HOME_PATH): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
