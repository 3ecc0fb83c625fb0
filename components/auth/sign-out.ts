/**
 * Signs this browser out through /api/auth/sign-out (the session is revoked on the server) and
 * then goes to `destination`, a path: a relative navigation, so the browser stays on the host it
 * is on. Resolves to an error message when the server could not sign the session out; the page
 * stays put then, because leaving would look signed out while a copy of the cookie still worked.
 */
export async function signOutAndLeave(destination = "/"): Promise<string> {
  try {
    const response = await fetch("/api/auth/sign-out", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
      credentials: "same-origin",
      cache: "no-store",
    });
    if (!response.ok) return "Couldn't sign out: Lifeloop could not reach its database. Try again.";
  } catch {
    return "Couldn't sign out: the server did not answer. Check your connection and try again.";
  }
  leaveSignedOut(destination);
  // Navigation is under way; keep the caller pending until the page unloads.
  return new Promise<string>(() => {});
}

/**
 * Goes to `destination` (a path) with a full page load once this browser's session has ended: the
 * client router's cache still holds signed-in pages, and a relative path keeps the host.
 */
export function leaveSignedOut(destination: string): void {
  window.location.assign(destination);
}
