"use client";

import { useState } from "react";
import { addEvidenceAction } from "@/app/(app)/callbacks/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { EVIDENCE_PRESETS } from "@/lib/domain/probability";
import type { EvidenceInput } from "@/lib/validation/callbacks";
import { formatLikelihoodRatio, formatPercent } from "./format";
import { ActionError, DialogFooter, TextAreaField } from "./form-bits";
import { useActionRunner } from "./use-action-runner";
import { useProfile } from "@/components/profile-context";

type Props = { callbackId: string; probability: number; onDone: (message: string) => void; onDismiss: () => void };

const sectionClasses = "space-y-3 rounded-xl border border-slate-200 p-3 dark:border-slate-700";
const legendClasses = "px-1 text-sm font-medium text-slate-800 dark:text-slate-200";

/**
 * Evidence moves the probability: a preset (one click), a custom likelihood ratio with a label, or
 * a probability set directly. The note applies to whichever is used.
 */
export function EvidenceForm({ callbackId, probability, onDone, onDismiss }: Props) {
  const { locale } = useProfile();
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);
  const [note, setNote] = useState("");
  const [mode, setMode] = useState<EvidenceInput["mode"] | null>(null);
  const [pendingPreset, setPendingPreset] = useState<string | null>(null);

  function submit(input: Record<string, unknown> & { mode: EvidenceInput["mode"] }, message: string) {
    setMode(input.mode);
    run(() => addEvidenceAction(callbackId, { ...input, note }), message);
  }

  function onCustom(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({ mode: "lr", likelihoodRatio: String(form.get("ev-lr") ?? ""), label: String(form.get("ev-label") ?? "") }, "Evidence added.");
  }

  function onSet(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({ mode: "set", percent: String(form.get("ev-percent") ?? ""), label: String(form.get("ev-set-label") ?? "") }, "Probability set.");
  }

  return (
    <div className="space-y-4">
      <p className="text-sm">
        Probability now: <strong className="tabular-nums">{formatPercent(probability, locale)}</strong>
      </p>
      <ActionError error={error} fieldErrors={fieldErrors} />
      <TextAreaField
        id="ev-note"
        label="Note (optional)"
        rows={2}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        errors={fieldErrors.note}
      />

      <fieldset className={sectionClasses}>
        <legend className={legendClasses}>What happened?</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {EVIDENCE_PRESETS.map((preset) => (
            <Button
              key={preset.id}
              type="button"
              variant="secondary"
              className="justify-between"
              disabled={isPending}
              isPending={isPending && pendingPreset === preset.id}
              onClick={() => {
                setPendingPreset(preset.id);
                submit({ mode: "preset", presetId: preset.id }, `Evidence added: ${preset.label.toLowerCase()}.`);
              }}
            >
              <span>{preset.label}</span>{" "}
              <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{formatLikelihoodRatio(preset.likelihoodRatio, locale)}</span>
            </Button>
          ))}
        </div>
        {mode === "preset" && fieldErrors.presetId ? (
          <p className="text-sm text-red-600 dark:text-red-400">{fieldErrors.presetId.join(" ")}</p>
        ) : null}
      </fieldset>

      <form onSubmit={onCustom} noValidate aria-label="Custom likelihood ratio">
        <fieldset className={sectionClasses}>
          <legend className={legendClasses}>Or a likelihood ratio of your own</legend>
          <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
            <TextField
              id="ev-lr"
              label="Likelihood ratio"
              type="number"
              inputMode="decimal"
              min={0.01}
              max={1000}
              step="any"
              placeholder="1.5"
              errors={mode === "lr" ? fieldErrors.likelihoodRatio : undefined}
            />
            <TextField
              id="ev-label"
              label="What happened"
              maxLength={200}
              placeholder="Recruiter viewed my profile"
              errors={mode === "lr" ? fieldErrors.label : undefined}
            />
          </div>
          <p className="text-xs text-slate-500 dark:text-slate-400">
            How much likelier this news is if the answer will be yes: above 1 raises the odds, below 1 lowers them.
          </p>
          <Button type="submit" variant="secondary" size="sm" isPending={isPending && mode === "lr"} pendingLabel="Saving…" disabled={isPending}>
            Apply ratio
          </Button>
        </fieldset>
      </form>

      <form onSubmit={onSet} noValidate aria-label="Set probability">
        <fieldset className={sectionClasses}>
          <legend className={legendClasses}>Or set the probability</legend>
          <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
            <TextField
              id="ev-percent"
              label="Probability (%)"
              type="number"
              inputMode="numeric"
              min={1}
              max={99}
              step="any"
              placeholder={String(Math.round(probability * 100))}
              errors={mode === "set" ? fieldErrors.percent : undefined}
            />
            <TextField
              id="ev-set-label"
              label="Why (optional)"
              maxLength={200}
              placeholder="Gut call after the call"
              errors={mode === "set" ? fieldErrors.label : undefined}
            />
          </div>
          <Button type="submit" variant="secondary" size="sm" isPending={isPending && mode === "set"} pendingLabel="Saving…" disabled={isPending}>
            Set probability
          </Button>
        </fieldset>
      </form>

      <DialogFooter>
        <Button type="button" variant="secondary" onClick={onDismiss}>
          Close
        </Button>
      </DialogFooter>
    </div>
  );
}
