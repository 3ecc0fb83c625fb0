import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { useTranslations } from "next-intl";
import { describe, expect, test } from "vitest";
import { CLIENT_NAMESPACES, messageLocale, pickMessages, type Messages } from "@/lib/i18n/config";
import messages from "@/lib/i18n/messages/en.json";

/**
 * The message catalogue and the code agree. Missing keys are caught by `tsc` (lib/i18n/global.d.ts
 * types next-intl's keys from en.json; see `useTypesCatchMissingKeys` below); this test catches what
 * types cannot: a client component whose namespace is not sent to the browser, a message that is
 * not valid ICU, a literal key in a file that doesn't load its namespace, and a key nobody uses.
 */

const ROOT = process.cwd();
const SOURCE_DIRS = ["app", "components"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

type Usage = { file: string; isClient: boolean; namespaces: string[]; keys: string[]; text: string };

const usages: Usage[] = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))
  .map((path) => {
    const text = readFileSync(path, "utf8");
    const namespaces = [...text.matchAll(/\b(?:useTranslations|getTranslations)\(\s*"(\w+)"\s*\)/g)].map((match) => match[1]!);
    const keys = [...text.matchAll(/\bt[A-Z]?\w*(?:\.rich|\.markup|\.raw)?\(\s*"([\w.]+)"/g)].map((match) => match[1]!);
    return { file: relative(ROOT, path), isClient: /^\s*["']use client["']/.test(text), namespaces, keys, text };
  })
  .filter((usage) => usage.namespaces.length > 0);

function lookup(namespace: string, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), (messages as Record<string, unknown>)[namespace]);
}

function leaves(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  test("the scan finds the components that were moved to messages", () => {
    const files = usages.map((usage) => usage.file);
    expect(files).toEqual(expect.arrayContaining(["components/shell/app-nav.tsx", "components/first-run/first-run.tsx", "app/(app)/today/page.tsx"]));
  });

  test("every namespace a client component uses is sent to the browser", () => {
    const sent = new Set<string>(CLIENT_NAMESPACES);
    const missing = usages.filter((usage) => usage.isClient).flatMap((usage) => usage.namespaces.filter((ns) => !sent.has(ns)).map((ns) => `${usage.file}: ${ns}`));
    expect(missing).toEqual([]);
  });

  test("every namespace used exists, and every literal key exists in one of its file's namespaces", () => {
    const problems = usages.flatMap((usage) => [
      ...usage.namespaces.filter((ns) => !(ns in messages)).map((ns) => `${usage.file}: no namespace ${ns}`),
      ...usage.keys.filter((key) => !usage.namespaces.some((ns) => typeof lookup(ns, key) === "string")).map((key) => `${usage.file}: no key ${key}`),
    ]);
    expect(problems).toEqual([]);
  });

  test("every key is used by a file that loads its namespace", () => {
    const unused = Object.entries(messages).flatMap(([namespace, node]) =>
      leaves(node)
        .map(([key]) => key)
        .filter((key) => {
          // Nested keys are looked up with a template (t(`examples.${kind}`)): their parent must appear.
          const needle = key.includes(".") ? `${key.split(".")[0]}.` : `"${key}"`;
          return !usages.some((usage) => usage.namespaces.includes(namespace) && usage.text.includes(needle));
        })
        .map((key) => `${namespace}.${key}`),
    );
    expect(unused).toEqual([]);
  });

  test("every message is valid ICU", () => {
    for (const [key, message] of leaves(messages)) {
      expect(() => new IntlMessageFormat(message, "en", undefined, { ignoreTag: false }), key).not.toThrow();
    }
  });

  test("client providers get exactly the namespaces asked for", () => {
    const picked = pickMessages(messages as Messages, ["Nav", "Common"]);
    expect(Object.keys(picked).sort()).toEqual(["Common", "Nav"]);
    expect(picked.Nav).toBe(messages.Nav);
  });

  test.each([
    ["en-US", "en-US"],
    ["en-GB", "en-GB"],
    ["de-DE", "en"],
    ["ja-JP", "en"],
  ])("messages for a person formatting in %s use plural rules of %s", (formatting, expected) => {
    expect(messageLocale(formatting)).toBe(expected);
  });
});

/** Never called: `tsc` fails if next-intl's keys stop being typed from en.json. */
export function useTypesCatchMissingKeys() {
  const t = useTranslations("Nav");
  // @ts-expect-error — not a key of the Nav namespace
  t("noSuchKey");
  // @ts-expect-error — not a namespace
  useTranslations("NoSuchNamespace");
  return t("today");
}
