"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createKindAction, updateKindAction } from "@/app/(app)/settings/kinds/actions";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { KindFields, type KindFormValues, readKindForm } from "./kind-fields";

export type CustomKindRow = { key: string; archived: boolean; curveText: string; values: KindFormValues };

type Areas = { id: string; name: string }[];

const EMPTY: KindFormValues = { name: "", expectedReplyDays: "", timeoutDays: "", followUpDays: "", priorPercent: "", defaultPayoff: "", defaultEnergyNeeded: "", defaultAreaId: "" };

function useKindAction() {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  function run(call: () => Promise<{ ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string[]> }>, success: string, after?: () => void) {
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof call>>;
      try {
        result = await call();
      } catch {
        result = { ok: false, error: "Couldn't reach the server; nothing was saved. Try again." };
      }
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        setMessage({ tone: "error", text: result.error });
        return;
      }
      setFieldErrors({});
      setMessage({ tone: "success", text: success });
      after?.();
      router.refresh();
    });
  }
  return { fieldErrors, message, isPending, run };
}

/** Adds a kind of your own. */
export function NewKindForm({ areas }: { areas: Areas }) {
  const { fieldErrors, message, isPending, run } = useKindAction();
  const [formKey, setFormKey] = useState(0);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = readKindForm(event.currentTarget, "new-kind-");
    run(() => createKindAction(input), `Added “${(input.name ?? "").trim()}”. It is in the capture form's kind menu now.`, () => setFormKey((n) => n + 1));
  }
  return (
    <Card>
      <CardHeader title="Add a kind" description="Grant applications, investor pitches, editor pitches, dating matches: anything you bet on with its own rhythm." />
      <form key={formKey} onSubmit={onSubmit} noValidate aria-label="Add a kind" className="space-y-4">
        <div aria-live="polite">{message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}</div>
        <KindFields idPrefix="new-kind-" values={EMPTY} areas={areas} fieldErrors={fieldErrors} />
        <Button type="submit" isPending={isPending} pendingLabel="Adding…">
          Add kind
        </Button>
      </form>
    </Card>
  );
}

/** One kind of your own: rename it, change its defaults, archive or restore it. */
export function CustomKindEditor({ kind, areas }: { kind: CustomKindRow; areas: Areas }) {
  const { fieldErrors, message, isPending, run } = useKindAction();
  const prefix = `kind-${kind.key}-`;
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = readKindForm(event.currentTarget, prefix);
    run(() => updateKindAction(kind.key, input), "Saved. New bets of this kind use these defaults.");
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Kind ${kind.values.name}`} className="space-y-3 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0 dark:border-slate-800">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-medium">
          {kind.values.name} {kind.archived ? <span className="text-sm font-normal text-slate-500 dark:text-slate-400">(archived)</span> : null}
        </h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">Reply curve: {kind.curveText}</p>
      </div>
      <div aria-live="polite">{message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}</div>
      <KindFields idPrefix={prefix} values={kind.values} areas={areas} fieldErrors={fieldErrors} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" isPending={isPending} pendingLabel="Saving…">
          Save
        </Button>
        <Button
          type="button"
          size="sm"
          variant="secondary"
          disabled={isPending}
          onClick={() => run(() => updateKindAction(kind.key, { archived: !kind.archived }), kind.archived ? "Restored to the kind menu." : "Archived: it left the kind menu; its bets keep it.")}
        >
          {kind.archived ? "Restore" : "Archive"}
        </Button>
      </div>
    </form>
  );
}
