// A real SMTP server in this process (smtp-server, from nodemailer's authors) on 127.0.0.1: what
// Lifeloop sends arrives here and is parsed with mailparser, as a mail client would read it.
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { MailConfig } from "@/lib/server/mail/mail-config";

export type Received = { mail: ParsedMail; rcptTo: string[] };
export type TestSmtp = { port: number; url: string; received: Received[]; close: () => Promise<void>; to: (address: string) => Received[] };

/** `starttls`: offer STARTTLS with smtp-server's built-in self-signed certificate (its default). */
export async function startSmtp(port = 0, options: { refuseWith?: number; starttls?: boolean } = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: options.starttls ? ["AUTH"] : ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (options.refuseWith) {
        const error = Object.assign(new Error("Try again later"), { responseCode: options.refuseWith });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ mail, rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address) });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    received,
    to: (address) => received.filter((item) => item.rcptTo.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const BASE_URL = "https://lifeloop.example.test";

export function testMailConfig(smtpUrl: string | null): MailConfig {
  return { smtpUrl, from: "Lifeloop <digest@lifeloop.example.test>", baseUrl: BASE_URL };
}
