/**
 * Energy areas of the portfolio: the seed defaults and the rule that active targets sum to 100.
 */

export type AreaDraft = {
  name: string;
  /** target share in whole percent, 0–100 */
  targetPct: number;
  isArchived: boolean;
};

/** The five areas every new user starts with (targets from the seed essay; sum 100). */
export const DEFAULT_AREAS = [
  { name: "Health", targetPct: 25, color: "#16a34a" },
  { name: "Specific Knowledge", targetPct: 30, color: "#2563eb" },
  { name: "Networking", targetPct: 20, color: "#d97706" },
  { name: "Creative Output", targetPct: 15, color: "#c026d3" },
  { name: "Exploration", targetPct: 10, color: "#0891b2" },
] as const;

export const MAX_AREAS = 20;

export type AreaTargetsIssue =
  | { kind: "sum"; sum: number }
  | { kind: "duplicate-name"; index: number; name: string }
  | { kind: "no-active-area" };

/**
 * Checks a whole set of areas: at least one active area, active targets sum to exactly 100
 * (archived areas count as 0), and active names are unique ignoring case. Returns every issue.
 */
export function checkAreaTargets(areas: readonly AreaDraft[]): AreaTargetsIssue[] {
  const issues: AreaTargetsIssue[] = [];
  const active = areas.filter((area) => !area.isArchived);
  if (active.length === 0) issues.push({ kind: "no-active-area" });
  const sum = active.reduce((total, area) => total + area.targetPct, 0);
  if (active.length > 0 && sum !== 100) issues.push({ kind: "sum", sum });
  const seen = new Set<string>();
  areas.forEach((area, index) => {
    const key = area.name.trim().toLowerCase();
    if (seen.has(key)) issues.push({ kind: "duplicate-name", index, name: area.name.trim() });
    seen.add(key);
  });
  return issues;
}

/** A sentence for an issue, written for the person editing targets. */
export function describeAreaTargetsIssue(issue: AreaTargetsIssue): string {
  switch (issue.kind) {
    case "sum": {
      const gap = 100 - issue.sum;
      const hint = gap > 0 ? `${gap} % left to assign` : `${-gap} % too much`;
      return `Targets of active areas must add up to 100 %; they add up to ${issue.sum} % (${hint}).`;
    }
    case "duplicate-name":
      return `Two areas are called “${issue.name}”; give each area its own name.`;
    case "no-active-area":
      return "Keep at least one active area.";
  }
}
