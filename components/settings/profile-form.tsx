"use client";

import { useState, useTransition } from "react";
import { updateProfileAction } from "@/app/(app)/settings/actions";
import { useBrowserTimeZone } from "@/components/auth/use-browser-time-zone";
import { TimeZoneSelect } from "@/components/time-zone-select";
import type { CompactZone } from "@/lib/time-zones";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { WEEKDAY_NAMES } from "@/lib/domain/digest-timing";
import { SUPPORTED_LOCALES } from "@/lib/domain/locale";
import { localeFirstDay } from "@/lib/domain/week-start";
import { useProfile } from "@/components/profile-context";
import { FormMessage } from "@/components/ui/form-message";

type Profile = { name: string; email: string; timeZone: string; capacity: number; locale: string | null; weekStartsOn: number | null };

/** "Deutsch (Deutschland) — 1.234,5 · 12.03.2026": the name and a sample, so the choice is concrete. */
function localeName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  const sample = `${new Intl.NumberFormat(locale).format(1234.5)} · ${new Intl.DateTimeFormat(locale, { dateStyle: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2026, 2, 12)))}`;
  return `${name} — ${sample}`;
}

export function ProfileForm({ profile, zones }: { profile: Profile; zones: readonly CompactZone[] }) {
  const browserZone = useBrowserTimeZone();
  // The locale in effect (the saved one, else the browser's), whose first day "Automatic" means.
  const { locale: effectiveLocale } = useProfile();
  const [timeZone, setTimeZone] = useState(profile.timeZone);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), timeZone, capacity: String(form.get("capacity") ?? ""), locale: String(form.get("locale") ?? ""), weekStartsOn: String(form.get("weekStartsOn") ?? "") };
    startTransition(async () => {
      const result = await updateProfileAction(input);
      setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setMessage(result.ok ? { tone: "success", text: "Profile saved." } : { tone: "error", text: result.error });
    });
  }

  const zoneHint =
    browserZone !== timeZone && browserZone !== "UTC"
      ? `Your browser is in ${browserZone}. Days and weeks are counted in the zone saved here.`
      : "Days and weeks are counted in this zone.";

  return (
    <Card>
      <CardHeader title="Profile" description={`Signed in as ${profile.email}.`} />
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" aria-label="Profile">
        <TextField id="name" label="Name" defaultValue={profile.name} maxLength={100} errors={fieldErrors.name} autoComplete="name" />
        <TimeZoneSelect value={timeZone} onChange={setTimeZone} zones={zones} errors={fieldErrors.timeZone} hint={zoneHint} />
        <TextField
          id="capacity"
          label="Capacity (open threads)"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          defaultValue={profile.capacity}
          errors={fieldErrors.capacity}
          hint="How many open threads you can hold at once; most people manage 5–10."
        />
        <SelectField
          id="locale"
          label="Dates and numbers"
          defaultValue={profile.locale ?? ""}
          errors={fieldErrors.locale}
          hint="How dates, numbers and percentages are written. The text stays in English."
        >
          <option value="">Automatic (your browser&apos;s language)</option>
          {SUPPORTED_LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {localeName(locale)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="weekStartsOn"
          label="Weeks start on"
          defaultValue={profile.weekStartsOn === null ? "" : String(profile.weekStartsOn)}
          errors={fieldErrors.weekStartsOn}
          hint="For the portfolio's weekly figures. The weekly review keeps Monday-to-Sunday weeks; its day is in Notifications."
        >
          <option value="">Automatic ({WEEKDAY_NAMES[localeFirstDay(effectiveLocale) - 1]}, from your locale)</option>
          {WEEKDAY_NAMES.map((name, index) => (
            <option key={name} value={index + 1}>
              {name}
            </option>
          ))}
        </SelectField>
        <div className="flex items-end gap-3 sm:col-span-2">
          <Button type="submit" isPending={isPending} pendingLabel="Saving…">
            Save profile
          </Button>
          {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
        </div>
      </form>
    </Card>
  );
}
