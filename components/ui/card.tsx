export function Card({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <section
      className={`rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      {children}
    </section>
  );
}

export function CardHeader({ title, description, id }: { title: string; description?: React.ReactNode; id?: string }) {
  return (
    <header className="mb-4 space-y-1">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {description ? <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p> : null}
    </header>
  );
}
