import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";

const transports = new Map<string, Transporter>();

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * One nodemailer transport per SMTP_URL (smtp:// with STARTTLS when offered, smtps:// for TLS
 * from the start), with deadlines so a silent server cannot hold a delivery forever. A server on
 * this machine (loopback) is trusted with any certificate, as local relays and test servers use
 * self-signed ones and the traffic never leaves the host; `?tls.rejectUnauthorized=…` in the URL
 * overrides that either way.
 */
export function smtpTransport(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    const isLoopback = LOOPBACK_HOSTS.has(new URL(smtpUrl).hostname);
    // The SMTP transport itself merges the URL with these options (createTransport({ url }) would
    // keep only the URL's).
    transport = nodemailer.createTransport(
      new SMTPTransport({
        url: smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        ...(isLoopback ? { tls: { rejectUnauthorized: false } } : {}),
      }),
    );
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/** A delivery error in a line for Settings: the SMTP reply ("550 …") or the network error. */
export function describeSendError(error: unknown): string {
  if (error && typeof error === "object") {
    const { responseCode, response, code, message } = error as { responseCode?: number; response?: string; code?: string; message?: string };
    if (responseCode && response) return `The mail server refused: ${response}`.slice(0, 500);
    if (code === "ECONNREFUSED" || code === "ESOCKET" || code === "ECONNECTION" || code === "ETIMEDOUT" || code === "EDNS") {
      return `Could not reach the mail server (${message ?? code})`.slice(0, 500);
    }
    if (message) return message.slice(0, 500);
  }
  return String(error).slice(0, 500);
}
