import type { LoadLevel } from "@/lib/domain/load";

const LEVELS: Record<LoadLevel, { label: string; style: string; advice: string }> = {
  ok: {
    label: "OK",
    style: "bg-emerald-50 text-emerald-800 ring-emerald-600/20 dark:bg-emerald-500/15 dark:text-emerald-200 dark:ring-emerald-500/30",
    advice: "Room for a new bet.",
  },
  strained: {
    label: "Strained",
    style: "bg-amber-50 text-amber-800 ring-amber-600/25 dark:bg-amber-500/15 dark:text-amber-200 dark:ring-amber-500/30",
    advice: "Close a few before you start more.",
  },
  overflow: {
    label: "Overflow",
    style: "bg-red-50 text-red-800 ring-red-600/25 dark:bg-red-500/15 dark:text-red-200 dark:ring-red-500/35",
    advice: "More open threads than you can hold: settle or cancel some today.",
  },
};

function formatLoad(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Today's load level in words (the header meter shows the bar; this says what it means). */
export function LoadLevelLine({ load, capacity, level, projectionText }: { load: number; capacity: number; level: LoadLevel; projectionText: string | null }) {
  const { label, style, advice } = LEVELS[level];
  return (
    <div className="text-sm" title={projectionText ?? undefined}>
      <p>
        <span className="text-slate-600 dark:text-slate-400">Load </span>
        <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${style}`}>
          {label} · {formatLoad(load)} of {capacity}
        </span>
      </p>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{advice}</p>
    </div>
  );
}
