import { readEnv } from "@/lib/env";

/** Where mail goes and what its links point at. Tests pass their own; the app reads the environment. */
export type MailConfig = {
  /** null: no mail server; messages stay in the in-app outbox. */
  smtpUrl: string | null;
  from: string;
  /** The app's public origin for links in mail ("https://lifeloop.example.com"), no trailing slash. */
  baseUrl: string;
};

/** SMTP_URL, EMAIL_FROM and the public URL (NEXTAUTH_URL, else http://localhost:$PORT). */
export function mailConfig(): MailConfig {
  const env = readEnv();
  const baseUrl = (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, "");
  const host = new URL(baseUrl).hostname;
  return {
    smtpUrl: env.SMTP_URL ?? null,
    from: env.EMAIL_FROM ?? `Lifeloop <lifeloop@${host === "localhost" || !host.includes(".") ? "localhost.localdomain" : host}>`,
    baseUrl,
  };
}

/** The bare address of a From header ("Lifeloop <a@b.c>" → "a@b.c"). */
export function addressOf(from: string): string {
  const match = /<([^>]+)>/.exec(from);
  return (match ? match[1]! : from).trim();
}
