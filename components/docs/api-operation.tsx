import { SchemaTable } from "@/components/docs/schema-table";
import type { JsonSchema } from "@/lib/v1/json-schema";
import type { OperationSpec } from "@/lib/v1/operation";
import { curlExample } from "@/lib/v1/curl-example";
import { schemaFields } from "@/lib/v1/schema-fields";

const METHOD_STYLES: Record<OperationSpec["method"], string> = {
  GET: "bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300",
  POST: "bg-brand-100 text-brand-700 dark:bg-brand-500/15 dark:text-brand-100",
  PUT: "bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-200",
  PATCH: "bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-200",
  DELETE: "bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-300",
};

const AUTH_TEXT = {
  any: "API token (read for GET, read-write otherwise) or session",
  session: "Signed-in session only (tokens are refused)",
  public: "Public",
} as const;

type Props = {
  operation: OperationSpec;
  /** This operation in the OpenAPI document (its parameters, body and answers as generated there). */
  document: { parameters?: JsonSchema[]; requestBody?: { content: { "application/json": { schema: JsonSchema } } }; responses: Record<string, JsonSchema> };
};

/** One operation of the reference: what it does, who may call it, its inputs, answers and a curl line. */
export function ApiOperation({ operation, document }: Props) {
  const query = (document.parameters ?? []).filter((parameter) => parameter.in === "query");
  const body = document.requestBody?.content["application/json"].schema;
  const successStatus = String(operation.status ?? 200);
  const errors = Object.keys(document.responses).filter((status) => status !== successStatus);
  return (
    <article id={operation.operationId} aria-labelledby={`${operation.operationId}-title`} className="scroll-mt-6 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <header className="space-y-2">
        <h3 id={`${operation.operationId}-title`} className="text-base font-semibold">
          {operation.summary}
        </h3>
        <p className="flex flex-wrap items-center gap-2 font-mono text-sm">
          <span className={`rounded-md px-2 py-0.5 text-xs font-bold ${METHOD_STYLES[operation.method]}`}>{operation.method}</span>
          <span className="break-all">{operation.path}</span>
          <span className="text-xs text-slate-500 dark:text-slate-400">operationId {operation.operationId}</span>
        </p>
      </header>
      <div className="mt-3 space-y-4 text-sm">
        {operation.description ? <p className="max-w-3xl text-slate-700 dark:text-slate-300">{operation.description}</p> : null}
        <p className="text-slate-600 dark:text-slate-400">
          <span className="font-medium text-slate-800 dark:text-slate-200">Auth:</span> {AUTH_TEXT[operation.auth ?? "any"]}
          {operation.method === "POST" ? " · Idempotency-Key supported" : null}
        </p>
        {query.length > 0 ? (
          <section aria-label="Query parameters" className="space-y-1.5">
            <h4 className="font-medium">Query</h4>
            <SchemaTable
              caption={`Query parameters of ${operation.operationId}`}
              fields={schemaFields({
                type: "object",
                properties: Object.fromEntries(query.map((parameter) => [parameter.name as string, { ...(parameter.schema as JsonSchema), ...(parameter.description ? { description: parameter.description } : {}) }])),
                required: query.filter((parameter) => parameter.required).map((parameter) => parameter.name as string),
              }).flat()}
            />
          </section>
        ) : null}
        {body ? (
          <section aria-label="Body" className="space-y-1.5">
            <h4 className="font-medium">Body (JSON)</h4>
            {schemaFields(body).map((fields, index, all) => (
              <div key={index} className="space-y-1">
                {all.length > 1 ? <p className="text-xs font-medium text-slate-500 dark:text-slate-400">Option {index + 1}</p> : null}
                <SchemaTable caption={`Body fields of ${operation.operationId}`} fields={fields} />
              </div>
            ))}
          </section>
        ) : null}
        <p className="text-slate-600 dark:text-slate-400">
          <span className="font-medium text-slate-800 dark:text-slate-200">Answers:</span> {successStatus} {operation.response ? "JSON (see the OpenAPI document for its schema)" : "no content"}
          {errors.length > 0 ? ` · errors ${errors.join(", ")} in the error shape` : null}
        </p>
        <figure className="space-y-1">
          <figcaption className="text-xs font-medium text-slate-500 dark:text-slate-400">Example</figcaption>
          <pre tabIndex={0} aria-label="Example request" className="overflow-x-auto rounded-lg bg-slate-950 p-3 text-[13px] leading-relaxed text-slate-100 dark:bg-black/60">
            <code>{curlExample(operation)}</code>
          </pre>
        </figure>
      </div>
    </article>
  );
}
