import { REFLECTION_KEYS, REFLECTION_PROMPTS } from "./prompts";

/** A completed review's reflections, read-only. */
export function ReflectionsView({ reflections }: { reflections: { stopDoing: string; doubleDown: string; blockOn: string } }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      {REFLECTION_KEYS.map((key) => (
        <div key={key} className="rounded-xl bg-slate-50 px-4 py-3 dark:bg-slate-800/60">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{REFLECTION_PROMPTS[key].label}</dt>
          <dd className="mt-1 whitespace-pre-wrap text-sm">{reflections[key] || <span className="text-slate-600 dark:text-slate-400">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
