"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { captureCallbackAction } from "@/app/(app)/callbacks/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useProfile } from "@/components/profile-context";
import { DateTimeField } from "@/components/ui/date-time-field";
import { TextField } from "@/components/ui/field";
import { LimitedTextArea, LimitedTextField } from "@/components/ui/limited-text-field";
import { FormMessage } from "@/components/ui/form-message";
import type { PriorSuggestion } from "@/lib/domain/base-rate";
import type { KindOption } from "@/lib/server/kinds/list-kind-options";
import { CALLBACK_TEXT_LIMITS } from "@/lib/validation/limits";
import { confirmationFlags } from "./confirmation-flags";
import { fromDateTimeLocal } from "./datetime-local";
import { KindAndAreaFields } from "./kind-area-fields";

type Props = {
  areas: { id: string; name: string }[];
  kinds: KindOption[];
  initialTitle: string;
  /** Filled in by /capture (a bookmarklet or share sheet): the page's address and any shared text. */
  initialLink?: string;
  initialNotes?: string;
};

function describePrior(kind: KindOption, suggestion: PriorSuggestion): string {
  const percent = Math.round(suggestion.prior * 100);
  if (suggestion.source === "history") {
    return `Suggested ${percent} % from your ${suggestion.settledCount} settled ${suggestion.settledCount === 1 ? kind.name.toLowerCase() : kind.plural}, pulled toward the kind's default.`;
  }
  return `Suggested ${percent} %: the default for ${kind.plural} until some of yours settle.`;
}

function formatDays(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} day${rounded === 1 ? "" : "s"}`;
}

export function CaptureForm({ areas, kinds, initialTitle, initialLink = "", initialNotes = "" }: Props) {
  const router = useRouter();
  const { timeZone } = useProfile();
  const [kind, setKind] = useState<string>(kinds[0]?.key ?? "OTHER");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [pendingInput, setPendingInput] = useState<Record<string, unknown> | null>(null);
  // A typed timeout before the kind's default reply, with the expected reply left blank: offer the fix.
  const [replyFix, setReplyFix] = useState<Record<string, unknown> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [isPending, startTransition] = useTransition();
  const kindDefaults = kinds.find((option) => option.key === kind) ?? kinds[0]!;
  const suggestion = kindDefaults.prior;
  const defaultArea = kindDefaults.defaultAreaId ? areas.find((area) => area.id === kindDefaults.defaultAreaId) : undefined;

  function send(input: Record<string, unknown>) {
    startTransition(async () => {
      setError(null);
      const result = await captureCallbackAction(input);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        setError(result.error);
        setConfirmation(null);
        const usedDefaultReply = !input.expectedReplyBy && Boolean(input.timesOutAt) && Boolean(result.fieldErrors?.timesOutAt);
        setReplyFix(usedDefaultReply ? { ...input, expectedReplyBy: input.timesOutAt } : null);
        return;
      }
      setReplyFix(null);
      if (result.data.status === "needs-confirmation") {
        // "Start it anyway" confirms exactly the questions shown (overload and/or the focus guard).
        setPendingInput({ ...input, ...confirmationFlags(result.data.reasons) });
        setConfirmation(result.data.message);
        return;
      }
      router.push(`/callbacks/${result.data.callback.id}`);
    });
  }

  /** Expect the reply by the typed timeout (the field shows it too), and save again. */
  function applyReplyFix() {
    if (!replyFix) return;
    const field = formRef.current?.elements.namedItem("expectedReplyBy");
    const timeout = formRef.current?.elements.namedItem("timesOutAt");
    if (field instanceof HTMLInputElement && timeout instanceof HTMLInputElement) field.value = timeout.value;
    send(replyFix);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input: Record<string, unknown> = { kind };
    for (const key of ["title", "areaId", "counterparty", "channel", "link", "notes", "priorPercent", "payoff", "effort", "weight", "energyStillNeeded"]) {
      input[key] = String(data.get(key) ?? "");
    }
    for (const key of ["startedAt", "expectedReplyBy", "timesOutAt"]) input[key] = fromDateTimeLocal(data.get(key), timeZone) ?? "";
    send(input);
  }

  const followUps = kindDefaults.followUpDays.length ? `follow-ups on days ${kindDefaults.followUpDays.join(", ")}` : "no follow-ups";

  return (
    <Card>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5" aria-label="New callback">
        {/* A message that only repeats a field's error is shown once, under the field. */}
        {error && !Object.values(fieldErrors).some((messages) => messages.includes(error)) ? <FormMessage tone="error">{error}</FormMessage> : null}
        <LimitedTextField id="title" label="Title" defaultValue={initialTitle} required max={CALLBACK_TEXT_LIMITS.title} autoFocus errors={fieldErrors.title} />
        <div className="grid gap-4 sm:grid-cols-2">
          <KindAndAreaFields
            kind={kind}
            onKindChange={setKind}
            kinds={kinds}
            areas={areas}
            areaHint={defaultArea ? `Blank: ${defaultArea.name}, this kind's area.` : undefined}
            fieldErrors={fieldErrors}
          />
          <LimitedTextField id="counterparty" label="Counterparty" hint="Who owes the reply." max={CALLBACK_TEXT_LIMITS.counterparty} errors={fieldErrors.counterparty} />
          <LimitedTextField id="channel" label="Channel" hint="Email, LinkedIn, portal…" max={CALLBACK_TEXT_LIMITS.channel} errors={fieldErrors.channel} />
        </div>
        <TextField id="link" label="Link" type="url" placeholder="https://" defaultValue={initialLink} errors={fieldErrors.link} />
        <LimitedTextArea id="notes" label="Notes" rows={3} max={CALLBACK_TEXT_LIMITS.notes} defaultValue={initialNotes} errors={fieldErrors.notes} />

        <fieldset className="space-y-4 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <legend className="px-1 text-sm font-semibold">Timing</legend>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {kindDefaults.name}: reply expected in {kindDefaults.expectedReplyDays} days, times out after {kindDefaults.timeoutDays} days, {followUps}.
            Leave blank to use these.
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="reply-curve-source">
            Silence lowers the odds along the reply-time curve {kindDefaults.curveText} (median {formatDays(kindDefaults.medianDays)}).
          </p>
          <div className="grid gap-4 sm:grid-cols-3">
            <DateTimeField id="startedAt" label="Started" hint="Blank: now." errors={fieldErrors.startedAt} />
            <DateTimeField id="expectedReplyBy" label="Expected reply by" shortcuts errors={fieldErrors.expectedReplyBy} />
            <DateTimeField id="timesOutAt" label="Times out at" shortcuts errors={fieldErrors.timesOutAt} />
          </div>
          {replyFix ? (
            <Button type="button" variant="secondary" isPending={isPending} onClick={applyReplyFix}>
              Expect the reply by the timeout and save
            </Button>
          ) : null}
        </fieldset>

        <fieldset className="space-y-4 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <legend className="px-1 text-sm font-semibold">Odds and stakes</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id="priorPercent"
              label="Prior probability (%)"
              type="number"
              inputMode="decimal"
              min={1}
              max={99}
              step="any"
              placeholder={String(Math.round(suggestion.prior * 100))}
              hint={describePrior(kindDefaults, suggestion)}
              errors={fieldErrors.priorPercent}
            />
            <TextField
              id="payoff"
              label="Payoff if it succeeds (1–10)"
              type="number"
              inputMode="decimal"
              min={1}
              max={10}
              step="any"
              placeholder={String(kindDefaults.defaultPayoff)}
              hint={`Blank: ${kindDefaults.defaultPayoff}, the default for this kind.`}
              errors={fieldErrors.payoff}
            />
            <TextField
              id="effort"
              label="Effort so far (energy points)"
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              placeholder="0"
              errors={fieldErrors.effort}
            />
            <TextField
              id="energyStillNeeded"
              label="Energy still needed (points)"
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              placeholder={String(kindDefaults.defaultEnergyNeeded)}
              hint={`What it will still take; the ranking divides by this, not by effort already spent. Blank: ${kindDefaults.defaultEnergyNeeded}.`}
              errors={fieldErrors.energyStillNeeded}
            />
            <TextField
              id="weight"
              label="Weight (mental load)"
              type="number"
              inputMode="decimal"
              min={0.1}
              max={10}
              step="any"
              placeholder="1"
              hint="How much room it takes in your head; 1 for a typical thread."
              errors={fieldErrors.weight}
            />
          </div>
        </fieldset>

        {confirmation && pendingInput ? (
          <div
            role="alert"
            className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100"
          >
            <p>{confirmation}</p>
            <div className="flex gap-2">
              <Button type="button" isPending={isPending} onClick={() => send(pendingInput)}>
                Start it anyway
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirmation(null)}>
                Not now
              </Button>
            </div>
          </div>
        ) : (
          <Button type="submit" isPending={isPending} pendingLabel="Saving…">
            Save callback
          </Button>
        )}
      </form>
    </Card>
  );
}
