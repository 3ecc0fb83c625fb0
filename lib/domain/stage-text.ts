/**
 * A stage ladder as one line of text, for the Settings form: "Applied, Screen ×3, Interview ×4".
 * Each stage is a name with an optional preset likelihood ratio ("×3", "x3" or "*3"; default 2
 * after the first); the first stage's ratio is always 1 (every bet starts there).
 */
import { DomainError } from "./errors";
import { type StageDefinition, assertStageLadder } from "./stages";

/** The ratio a stage gets when its text names none. */
export const DEFAULT_STAGE_RATIO = 2;

/** "Final round" → "final_round": a stage's key from its name. */
export function stageKeyFromLabel(label: string): string {
  return (
    label
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 40) || "stage"
  );
}

/** The ladder as text: "Applied, Screen ×3, Interview ×4". */
export function formatStageLadder(stages: readonly StageDefinition[]): string {
  return stages.map((stage, index) => (index === 0 ? stage.label : `${stage.label} ×${stage.likelihoodRatio}`)).join(", ");
}

/**
 * Parses "Applied, Screen ×3, Interview ×4" (commas or new lines between stages) into a ladder;
 * `previous` keeps the keys of stages whose names didn't change, so bets at them stay there.
 * Throws INVALID_STAGE with a message for the form (a blank name, a bad ratio, a repeated stage,
 * more than 12 stages).
 */
export function parseStageLadder(text: string, previous: readonly StageDefinition[] = []): StageDefinition[] {
  const parts = text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new DomainError("INVALID_STAGE", "Name at least one stage, e.g. “Applied, Screen ×3, Interview ×4”.");
  if (parts.length > 12) throw new DomainError("INVALID_STAGE", "Use at most 12 stages.");
  const byLabel = new Map(previous.map((stage) => [stage.label.toLowerCase(), stage.key]));
  const stages = parts.map((part, index): StageDefinition => {
    const match = /^(.*?)\s*(?:[×x*]\s*(\S+))?$/i.exec(part)!;
    const label = match[1]!.trim();
    if (!label) throw new DomainError("INVALID_STAGE", `Stage ${index + 1} needs a name.`);
    const ratio = match[2] === undefined ? (index === 0 ? 1 : DEFAULT_STAGE_RATIO) : Number(match[2]);
    if (!Number.isFinite(ratio) || ratio <= 0 || ratio > 1000) throw new DomainError("INVALID_STAGE", `“${part}”: the ratio after × must be a number above 0 (at most 1000).`);
    return { key: byLabel.get(label.toLowerCase()) ?? stageKeyFromLabel(label), label, likelihoodRatio: index === 0 ? 1 : ratio };
  });
  if (new Set(stages.map((stage) => stage.key)).size !== stages.length) throw new DomainError("INVALID_STAGE", "Two stages have the same name.");
  assertStageLadder(stages);
  return stages;
}
