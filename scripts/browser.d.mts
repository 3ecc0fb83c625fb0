export type ChromiumLookup = { path: string; source: "CHROMIUM_PATH" | "Playwright" | "system" } | { path: null; problem: string };
export function findChromium(env?: Record<string, string | undefined>, options?: { systemCandidates?: string[]; managed?: () => string | null }): ChromiumLookup;
export function playwrightManagedChromium(): string | null;
export function missingBrowserMessage(problem: string): string;
