/** A page's title, what the page is for, and its main actions (right of the title, below it on phones). */
export function PageHeader({
  title,
  description,
  actions,
  align = "end",
}: {
  title: React.ReactNode;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  /** How the actions line up with the title block: its baseline (end) or its top (start). */
  align?: "start" | "end";
}) {
  return (
    <div className={`flex flex-wrap justify-between gap-3 ${align === "start" ? "items-start" : "items-end"}`}>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description ? <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}
