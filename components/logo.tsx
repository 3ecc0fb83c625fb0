/** Lifeloop's mark: a loop with a pending callback on it. */
export function Logo({ className = "size-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" fill="none">
      <circle cx="16" cy="16" r="11" stroke="currentColor" strokeWidth="3" className="text-brand-600 dark:text-brand-500" strokeDasharray="52 18" strokeLinecap="round" />
      <circle cx="25.5" cy="9.5" r="3.2" className="fill-amber-500" />
    </svg>
  );
}
