"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resetKindDefaultsAction, saveKindDefaultsAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { CallbackKind, KindDefaults } from "@/lib/domain/kind-defaults";

type KindRow = KindDefaults & { isCustom: boolean };

function KindDefaultsForm({ row }: { row: KindRow }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const prefix = row.kind.toLowerCase();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      kind: row.kind,
      expectedReplyDays: String(data.get(`${prefix}-expectedReplyDays`) ?? ""),
      timeoutDays: String(data.get(`${prefix}-timeoutDays`) ?? ""),
      followUpDays: String(data.get(`${prefix}-followUpDays`) ?? ""),
      defaultPriorPercent: String(data.get(`${prefix}-defaultPriorPercent`) ?? ""),
      defaultPayoff: String(data.get(`${prefix}-defaultPayoff`) ?? ""),
    };
    startTransition(async () => {
      const result = await saveKindDefaultsAction(input);
      setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setMessage(result.ok ? { tone: "success", text: `${row.label} defaults saved.` } : { tone: "error", text: result.error });
      if (result.ok) router.refresh();
    });
  }

  function reset(kind: CallbackKind) {
    startTransition(async () => {
      const result = await resetKindDefaultsAction(kind);
      setFieldErrors({});
      setMessage(result.ok ? { tone: "success", text: `${row.label} is back to the built-in defaults.` } : { tone: "error", text: result.error });
      if (result.ok) router.refresh();
    });
  }

  // Keyed by the saved values so a reset or save shows the new values in the inputs.
  const formKey = [row.expectedReplyDays, row.timeoutDays, row.followUpDays.join(","), row.defaultPrior, row.defaultPayoff].join("|");
  const field = (name: string) => `${prefix}-${name}`;
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate aria-label={`${row.label} defaults`} className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-medium">
          {row.label}
          {row.isCustom ? <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700 dark:bg-brand-500/15 dark:text-brand-100">customised</span> : null}
        </h3>
      </div>
      <div className="grid gap-3 sm:grid-cols-5">
        <TextField id={field("expectedReplyDays")} label="Reply expected (days)" type="number" min={0.1} step="any" defaultValue={row.expectedReplyDays} errors={fieldErrors.expectedReplyDays} />
        <TextField id={field("timeoutDays")} label="Times out (days)" type="number" min={0.1} step="any" defaultValue={row.timeoutDays} errors={fieldErrors.timeoutDays} />
        <TextField id={field("followUpDays")} label="Follow-ups (days)" placeholder="none" defaultValue={row.followUpDays.join(", ")} errors={fieldErrors.followUpDays} />
        <TextField id={field("defaultPriorPercent")} label="Default prior (%)" type="number" min={1} max={99} step="any" defaultValue={Math.round(row.defaultPrior * 1000) / 10} errors={fieldErrors.defaultPriorPercent ?? fieldErrors.defaultPrior} />
        <TextField id={field("defaultPayoff")} label="Default payoff (1–10)" type="number" min={1} max={10} step="any" defaultValue={row.defaultPayoff} errors={fieldErrors.defaultPayoff} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" isPending={isPending} pendingLabel="Saving…">
          Save {row.label.toLowerCase()}
        </Button>
        {row.isCustom ? (
          <Button type="button" size="sm" variant="ghost" disabled={isPending} onClick={() => reset(row.kind)}>
            Reset to built-in
          </Button>
        ) : null}
        {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      </div>
    </form>
  );
}

export function KindDefaultsEditor({ rows }: { rows: KindRow[] }) {
  return (
    <Card>
      <CardHeader
        title="Kind defaults"
        description="What a new callback of each kind starts with: when a reply is expected, when it times out, when to follow up, its prior and its payoff. Follow-up days count from the start (e.g. 3, 10, 17)."
      />
      <div className="space-y-3">
        {rows.map((row) => (
          <KindDefaultsForm key={row.kind} row={row} />
        ))}
      </div>
    </Card>
  );
}
