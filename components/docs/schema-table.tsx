import type { SchemaField } from "@/lib/v1/schema-fields";

/** A table of a body's or a query's fields: name, type, required, rules, what it means. */
export function SchemaTable({ fields, caption }: { fields: SchemaField[]; caption: string }) {
  if (fields.length === 0) return null;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="py-1.5 pr-3 font-medium">Field</th>
            <th scope="col" className="py-1.5 pr-3 font-medium">Type</th>
            <th scope="col" className="py-1.5 font-medium">Notes</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.name} className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800/70">
              <td className="py-1.5 pr-3">
                <code className="font-mono text-[13px] text-slate-900 dark:text-slate-100">{field.name}</code>
                {field.required ? <span className="ml-1.5 text-xs font-medium text-red-700 dark:text-red-400">required</span> : null}
              </td>
              <td className="max-w-64 py-1.5 pr-3 font-mono text-[12px] break-words text-slate-600 dark:text-slate-400">{field.type}</td>
              <td className="py-1.5 text-slate-600 dark:text-slate-400">
                {[field.description, field.rules.join(", ")].filter(Boolean).join(" — ") || "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
