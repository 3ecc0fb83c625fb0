import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { allowsLoopback } from "@/lib/validation/webhooks";
import { blockedReason, guardedLookup } from "@/lib/server/webhooks/address-guard";
import { DELIVERY_TIMEOUT_MS, MAX_RESPONSE_BYTES, MAX_WEBHOOK_BODY_BYTES } from "@/lib/server/webhooks/webhook-policy";

export type SendResult = { ok: boolean; statusCode: number | null; error: string };

/** The webhook sender's port: one POST, answered with what happened. Tests use the real one. */
export type WebhookSender = (input: { url: string; body: string; headers: Record<string, string> }) => Promise<SendResult>;

/**
 * POSTs one event: no redirects followed (a 3xx is a failure), one deadline for the whole attempt,
 * a bounded body out and at most 1 KB of the answer read, and only to addresses the guard allows
 * (checked on the resolved address, and on IP literals directly). 2xx is success.
 */
export const sendWebhook: WebhookSender = ({ url, body, headers }) => {
  const target = new URL(url);
  const allowLoopback = allowsLoopback();
  const hostname = target.hostname.replace(/^\[|\]$/g, "");
  if (isIP(hostname)) {
    const reason = blockedReason(hostname, allowLoopback);
    if (reason) return Promise.resolve({ ok: false, statusCode: null, error: `Refused: ${hostname} is ${reason}.` });
  }
  if (Buffer.byteLength(body) > MAX_WEBHOOK_BODY_BYTES) {
    return Promise.resolve({ ok: false, statusCode: null, error: "The event is larger than 64 KB." });
  }
  const client = target.protocol === "https:" ? https : http;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      request.destroy();
      resolve(result);
    };
    const request = client.request(
      target,
      {
        method: "POST",
        agent: false,
        lookup: guardedLookup(allowLoopback) as never,
        headers: { ...headers, "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)), "User-Agent": "Lifeloop-Webhooks/1" },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read >= MAX_RESPONSE_BYTES) done();
        });
        response.on("end", done);
        response.on("error", done);
        function done() {
          if (status >= 200 && status < 300) finish({ ok: true, statusCode: status, error: "" });
          else if (status >= 300 && status < 400) finish({ ok: false, statusCode: status, error: `Redirect to ${response.headers.location ?? "elsewhere"} not followed.` });
          else finish({ ok: false, statusCode: status, error: `HTTP ${status}` });
        }
      },
    );
    const deadline = setTimeout(() => finish({ ok: false, statusCode: null, error: `No answer within ${DELIVERY_TIMEOUT_MS / 1000} s.` }), DELIVERY_TIMEOUT_MS);
    request.on("error", (error: NodeJS.ErrnoException) => {
      finish({ ok: false, statusCode: null, error: error.code === "EBLOCKED" ? `Refused: ${error.message.replace(/^refused: /, "")}.` : `Could not connect (${error.code ?? error.message}).` });
    });
    request.end(body);
  });
};
