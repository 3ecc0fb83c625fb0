/** An energy area's name with its colour as a dot (the colour never carries meaning alone). */
export function AreaChip({ area }: { area: { name: string; color: string } | null }) {
  if (!area) return <span className="text-sm text-slate-600 dark:text-slate-400">No area</span>;
  return (
    <span className="chip">
      <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ backgroundColor: area.color }} />
      <span className="truncate">{area.name}</span>
    </span>
  );
}
