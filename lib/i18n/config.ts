import type messages from "./messages/en.json";

/** The language of the interface text: every message file is keyed like en.json. */
export const UI_LANGUAGE = "en";

export type Messages = typeof messages;
export type Namespace = keyof Messages;

/**
 * The locale next-intl formats messages in: the person's formatting locale when it speaks the UI's
 * language (so "en-GB" plural and number rules apply to English words), else the UI language.
 */
export function messageLocale(formattingLocale: string): string {
  return formattingLocale.split("-")[0]?.toLowerCase() === UI_LANGUAGE ? formattingLocale : UI_LANGUAGE;
}

/**
 * The namespaces client components read (useTranslations in a "use client" file). Only these are
 * serialised into the page for the browser; server components read every namespace on the server.
 * tests/unit/i18n/messages.test.ts fails when a client component uses a namespace missing here.
 */
export const CLIENT_NAMESPACES = ["Common", "Nav", "Capture", "FirstRun", "SampleData", "Tick", "Settings"] as const satisfies readonly Namespace[];

/** The messages of some namespaces, for a NextIntlClientProvider. */
export function pickMessages(all: Messages, namespaces: readonly Namespace[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]));
}
