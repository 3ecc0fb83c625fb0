"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
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

type T = ReturnType<typeof useTranslations<"Capture">>;

function describePrior(t: T, kind: KindOption, suggestion: PriorSuggestion): string {
  const percent = Math.round(suggestion.prior * 100);
  if (suggestion.source === "history") {
    const kinds = suggestion.settledCount === 1 ? kind.name.toLowerCase() : kind.plural;
    return t("priorFromHistory", { percent, count: suggestion.settledCount, kinds });
  }
  return t("priorDefault", { percent, kinds: kind.plural });
}

export function CaptureForm({ areas, kinds, initialTitle, initialLink = "", initialNotes = "" }: Props) {
  const router = useRouter();
  const t = useTranslations("Capture");
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

  const followUps = kindDefaults.followUpDays.length ? t("followUpDays", { days: kindDefaults.followUpDays.join(", ") }) : t("noFollowUps");

  return (
    <Card>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("formLabel")}>
        {/* A message that only repeats a field's error is shown once, under the field. */}
        {error && !Object.values(fieldErrors).some((messages) => messages.includes(error)) ? <FormMessage tone="error">{error}</FormMessage> : null}
        <LimitedTextField id="title" label={t("titleLabel")} defaultValue={initialTitle} required max={CALLBACK_TEXT_LIMITS.title} autoFocus errors={fieldErrors.title} />
        <div className="grid gap-4 sm:grid-cols-2">
          <KindAndAreaFields
            kind={kind}
            onKindChange={setKind}
            kinds={kinds}
            areas={areas}
            areaHint={defaultArea ? t("areaBlank", { area: defaultArea.name }) : undefined}
            fieldErrors={fieldErrors}
          />
          <LimitedTextField id="counterparty" label={t("counterparty")} hint={t("counterpartyHint")} max={CALLBACK_TEXT_LIMITS.counterparty} errors={fieldErrors.counterparty} />
          <LimitedTextField id="channel" label={t("channel")} hint={t("channelHint")} max={CALLBACK_TEXT_LIMITS.channel} errors={fieldErrors.channel} />
        </div>
        <TextField id="link" label={t("link")} type="url" placeholder="https://" defaultValue={initialLink} errors={fieldErrors.link} />
        <LimitedTextArea id="notes" label={t("notes")} rows={3} max={CALLBACK_TEXT_LIMITS.notes} defaultValue={initialNotes} errors={fieldErrors.notes} />

        <fieldset className="space-y-4 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <legend className="px-1 text-sm font-semibold">{t("timing")}</legend>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t("timingDefaults", { kind: kindDefaults.name, replyDays: kindDefaults.expectedReplyDays, timeoutDays: kindDefaults.timeoutDays, followUps })}
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="reply-curve-source">
            {t("curve", { curve: kindDefaults.curveText, median: t("days", { days: Math.round(kindDefaults.medianDays * 10) / 10 }) })}
          </p>
          <div className="grid gap-4 sm:grid-cols-3">
            <DateTimeField id="startedAt" label={t("started")} hint={t("startedHint")} errors={fieldErrors.startedAt} />
            <DateTimeField id="expectedReplyBy" label={t("expectedReplyBy")} shortcuts errors={fieldErrors.expectedReplyBy} />
            <DateTimeField id="timesOutAt" label={t("timesOutAt")} shortcuts errors={fieldErrors.timesOutAt} />
          </div>
          {replyFix ? (
            <Button type="button" variant="secondary" isPending={isPending} onClick={applyReplyFix}>
              {t("replyFix")}
            </Button>
          ) : null}
        </fieldset>

        <fieldset className="space-y-4 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <legend className="px-1 text-sm font-semibold">{t("oddsAndStakes")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id="priorPercent"
              label={t("prior")}
              type="number"
              inputMode="decimal"
              min={1}
              max={99}
              step="any"
              placeholder={String(Math.round(suggestion.prior * 100))}
              hint={describePrior(t, kindDefaults, suggestion)}
              errors={fieldErrors.priorPercent}
            />
            <TextField
              id="payoff"
              label={t("payoff")}
              type="number"
              inputMode="decimal"
              min={1}
              max={10}
              step="any"
              placeholder={String(kindDefaults.defaultPayoff)}
              hint={t("payoffHint", { payoff: kindDefaults.defaultPayoff })}
              errors={fieldErrors.payoff}
            />
            <TextField
              id="effort"
              label={t("effort")}
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              placeholder="0"
              errors={fieldErrors.effort}
            />
            <TextField
              id="energyStillNeeded"
              label={t("energyStillNeeded")}
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              placeholder={String(kindDefaults.defaultEnergyNeeded)}
              hint={t("energyHint", { energy: kindDefaults.defaultEnergyNeeded })}
              errors={fieldErrors.energyStillNeeded}
            />
            <TextField
              id="weight"
              label={t("weight")}
              type="number"
              inputMode="decimal"
              min={0.1}
              max={10}
              step="any"
              placeholder="1"
              hint={t("weightHint")}
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
                {t("startAnyway")}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirmation(null)}>
                {t("notNow")}
              </Button>
            </div>
          </div>
        ) : (
          <Button type="submit" isPending={isPending} pendingLabel={t("saving")}>
            {t("save")}
          </Button>
        )}
      </form>
    </Card>
  );
}
