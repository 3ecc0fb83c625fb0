import Bowser from "bowser";

/** The longest description kept (a User-Agent is the client's to write). */
const MAX_LABEL_LENGTH = 80;

/**
 * A short, human description of a client from its User-Agent, e.g. "Firefox on Linux" or
 * "Safari on iOS", for the sessions list. "Unknown browser" when nothing can be told.
 */
export function describeUserAgent(userAgent: string | null | undefined): string {
  if (!userAgent || userAgent.trim() === "") return "Unknown browser";
  let browser = "";
  let os = "";
  try {
    const parsed = Bowser.parse(userAgent.slice(0, 512));
    browser = parsed.browser.name ?? "";
    os = parsed.os.name ?? "";
  } catch {
    // An unparsable header is described as unknown below.
  }
  const label = browser && os ? `${browser} on ${os}` : browser || (os ? `Unknown browser on ${os}` : "Unknown browser");
  return label.slice(0, MAX_LABEL_LENGTH);
}
