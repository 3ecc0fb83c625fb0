import type { DigestContent, DigestItem, DigestSection } from "@/lib/server/mail/collect-digest";

/** The digest as both parts render it: every link absolute, every time in the user's zone. */
export type DigestView = {
  subject: string;
  preview: string;
  loadLine: string;
  sections: { heading: string; items: { title: string; url: string; detail: string }[]; more: number }[];
  review: { heading: string; lines: string[]; url: string } | null;
  bets: { title: string; url: string; detail: string }[];
  todayUrl: string;
  settingsUrl: string;
  unsubscribeUrl: string;
};

const LEVEL_WORDS = { ok: "within capacity", strained: "near capacity", overflow: "overflow" } as const;

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Builds the digest's words and absolute links from its content. `baseUrl` is the app's public
 * origin; times read in `timeZone`.
 */
export function digestView(content: DigestContent, options: { baseUrl: string; timeZone: string; unsubscribeUrl: string }): DigestView {
  const url = (path: string) => `${options.baseUrl}${path}`;
  const when = new Intl.DateTimeFormat("en-GB", { timeZone: options.timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  const items = (list: DigestSection, detail: (item: DigestItem) => string) => ({
    items: list.items.map((item) => ({ title: item.title, url: url(item.path), detail: detail(item) })),
    more: list.total - list.items.length,
  });
  const sections: DigestView["sections"] = [];
  if (content.timedOut.total > 0) sections.push({ heading: "Timed out since the last digest", ...items(content.timedOut, (i) => `timed out ${when.format(i.at)}`) });
  if (content.followUps.total > 0) sections.push({ heading: "Follow-ups due today", ...items(content.followUps, () => "a nudge is due") });
  if (content.deadlines.total > 0) sections.push({ heading: "Deadlines in the next 48 hours", ...items(content.deadlines, (i) => `times out ${when.format(i.at)}`) });
  if (content.checkIns.total > 0) sections.push({ heading: "Commitment check-ins", ...items(content.checkIns, (i) => i.detail) });

  const review = content.review
    ? {
        heading: `Weekly review: the week of ${content.review.week}`,
        lines: [
          `${plural(content.review.started, "bet")} started, ${content.review.fulfilled} fulfilled, ${content.review.rejected} rejected, ${content.review.timedOut} timed out`,
          content.review.hitRate === null ? "No scored outcomes yet this week" : `Hit rate ${Math.round(content.review.hitRate * 100)}%`,
          `${formatNumber(content.review.effortPoints)} energy points logged`,
        ],
        url: url(content.review.path),
      }
    : null;

  const { load, capacity, level } = content.load;
  const loadLine = `Load: ${formatNumber(load)} of ${capacity} — ${LEVEL_WORDS[level]}`;
  const count = content.timedOut.total + content.followUps.total + content.deadlines.total + content.checkIns.total;
  const subject = count > 0 ? `Lifeloop: ${plural(count, "thing")} need${count === 1 ? "s" : ""} you today` : "Lifeloop: your weekly review is due";
  const preview = sections.map((s) => s.heading.toLowerCase()).concat(review ? ["weekly review"] : []).join(", ");
  return {
    subject,
    preview: preview.charAt(0).toUpperCase() + preview.slice(1),
    loadLine,
    sections,
    review,
    bets: content.topBets.map((bet) => ({
      title: bet.title,
      url: url(bet.path),
      detail: `${Math.round(bet.probability * 100)}% × ${formatNumber(bet.payoff)} payoff, ${bet.evPerEnergy.toFixed(2)} EV per energy point`,
    })),
    todayUrl: url("/today"),
    settingsUrl: url("/settings/notifications"),
    unsubscribeUrl: options.unsubscribeUrl,
  };
}

/** The plain-text part. */
export function digestText(view: DigestView): string {
  const lines: string[] = [view.subject.replace(/^Lifeloop: /, ""), "", view.loadLine, ""];
  for (const section of view.sections) {
    lines.push(`${section.heading}:`);
    for (const item of section.items) lines.push(`- ${item.title} (${item.detail})`, `  ${item.url}`);
    if (section.more > 0) lines.push(`- and ${section.more} more: ${view.todayUrl}`);
    lines.push("");
  }
  if (view.review) {
    lines.push(`${view.review.heading}:`, ...view.review.lines.map((line) => `- ${line}`), `  ${view.review.url}`, "");
  }
  if (view.bets.length > 0) {
    lines.push("Best bets by EV per energy:");
    for (const bet of view.bets) lines.push(`- ${bet.title} (${bet.detail})`, `  ${bet.url}`);
    lines.push("");
  }
  lines.push(`Open the Today queue: ${view.todayUrl}`, "", "--", `Digest settings: ${view.settingsUrl}`, `Unsubscribe from the digest: ${view.unsubscribeUrl}`);
  return `${lines.join("\n")}\n`;
}
