"use client";

import { useState } from "react";
import { completeReviewAction } from "@/app/(app)/review/actions";
import { ActionError, TextAreaField } from "@/components/callbacks/form-bits";
import { useActionRunner } from "@/components/callbacks/use-action-runner";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { REFLECTION_KEYS, REFLECTION_PROMPTS, type ReflectionKey } from "./prompts";


type Props = { week: string; isCurrentWeek: boolean; hints: Partial<Record<ReflectionKey, string>> };

/** The three reflections and "Complete review": saves the week's figures as they are now, for good. */
export function CompleteReviewForm({ week, isCurrentWeek, hints }: Props) {
  const [done, setDone] = useState<string | null>(null);
  const { isPending, error, fieldErrors, run } = useActionRunner(setDone);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      week,
      stopDoing: String(form.get("stopDoing") ?? ""),
      doubleDown: String(form.get("doubleDown") ?? ""),
      blockOn: String(form.get("blockOn") ?? ""),
    };
    run(() => completeReviewAction(input), "Review completed and saved.");
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Complete review" className="space-y-4">
      <ActionError error={error} fieldErrors={fieldErrors} />
      {done ? <FormMessage tone="success">{done}</FormMessage> : null}
      {REFLECTION_KEYS.map((key) => (
        <TextAreaField
          key={key}
          id={key}
          label={REFLECTION_PROMPTS[key].label}
          placeholder={REFLECTION_PROMPTS[key].placeholder}
          hint={hints[key]}
          maxLength={2000}
          errors={fieldErrors[key]}
        />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" isPending={isPending} pendingLabel="Saving…">
          Complete review
        </Button>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {isCurrentWeek
            ? "This week is still running: completing now saves the figures as they are today, and they won't change afterwards."
            : "Completing saves these figures and your reflections as a snapshot that won't change."}
        </p>
      </div>
    </form>
  );
}
