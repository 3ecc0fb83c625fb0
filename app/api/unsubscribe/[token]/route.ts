import { errorResponse, json, publicRoute } from "@/lib/api";
import { unsubscribe } from "@/lib/server/mail/unsubscribe";

/**
 * One-click unsubscribe (RFC 8058): the mail client POSTs `List-Unsubscribe=One-Click` here, with
 * no cookies and no sign-in; the signed token in the path is the proof, and it works once. The
 * confirmation page (/unsubscribe/<token>) posts here too and is sent back to itself with the result.
 */
export const POST = publicRoute<{ token: string }>(async (request, { token }) => {
  const result = await unsubscribe(token, new Date());
  if (request.headers.get("sec-fetch-mode") === "navigate") {
    return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${encodeURIComponent(token)}?result=${result}` } });
  }
  if (result === "invalid") return errorResponse("NOT_FOUND", "This unsubscribe link is not valid.");
  if (result === "already-used") return errorResponse("CONFLICT", "This unsubscribe link was already used; the digest is off.");
  return json({ unsubscribed: true, message: "The daily digest is off. Turn it back on in Settings → Notifications." });
});

/** A GET (a link opened in a browser, or a scanner) changes nothing: it goes to the confirmation page. */
export const GET = publicRoute<{ token: string }>(async (_request, { token }) => {
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${encodeURIComponent(token)}` } });
});
