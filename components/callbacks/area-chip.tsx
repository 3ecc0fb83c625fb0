/** An energy area's name with its colour as a dot (the colour never carries meaning alone). */
export function AreaChip({ area }: { area: { name: string; color: string } | null }) {
  if (!area) return <span className="text-sm text-slate-600 dark:text-slate-400">No area</span>;
  return (
    <span className="inline-flex max-w-full items-center gap-1.5 rounded-full border border-slate-200 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200">
      <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ backgroundColor: area.color }} />
      <span className="truncate">{area.name}</span>
    </span>
  );
}
