"use client";

import { useTranslations } from "next-intl";
import { type ChangeEvent, type InputHTMLAttributes, type TextareaHTMLAttributes, useState } from "react";
import { useProfile } from "@/components/profile-context";
import { FieldShell, describedBy, inputClasses } from "./field";

/** Shown from this share of the limit on, so a short text carries no counter. */
const COUNTER_FROM = 0.8;

function lengthOf(value: unknown): number {
  return typeof value === "string" ? value.length : 0;
}

/**
 * The counter under a text with a limit. No `maxLength` on the control: a browser silently cuts a
 * pasted 5,000-character title to 200; here the text stays whole and the person is told (and the
 * server refuses it with the same words, lib/validation/primitives.ts). Numbers in the person's locale.
 */
function Counter({ id, length, max }: { id: string; length: number; max: number }) {
  const t = useTranslations("Common");
  const { locale } = useProfile();
  if (length < max * COUNTER_FROM) return <span id={`${id}-count`} className="sr-only" />;
  const over = length - max;
  const number = (value: number) => value.toLocaleString(locale);
  return (
    <p id={`${id}-count`} aria-live="polite" className={`text-xs tabular-nums ${over > 0 ? "font-medium text-red-600 dark:text-red-400" : "text-slate-500 dark:text-slate-400"}`}>
      {over > 0 ? t("charactersOver", { length: number(length), over: number(over), max: number(max) }) : t("characters", { length: number(length), max: number(max) })}
    </p>
  );
}

type Common = { id: string; label: React.ReactNode; hint?: React.ReactNode; errors?: string[]; max: number };
type Control = HTMLInputElement | HTMLTextAreaElement;

/**
 * What a text control with a counted limit needs, input or textarea alike: its own props (id,
 * name, the change handler that counts), the aria props that come after the caller's, and the
 * counter to render under it.
 */
function useLimitedText<E extends Control>({ id, hint, errors, max, defaultValue, onChange }: Omit<Common, "label"> & { defaultValue?: unknown; onChange?: (event: ChangeEvent<E>) => void }) {
  const [length, setLength] = useState(lengthOf(defaultValue));
  const aria = describedBy(id, errors, hint, `${id}-count`);
  return {
    own: {
      id,
      name: id,
      onChange: (event: ChangeEvent<E>) => {
        setLength(event.currentTarget.value.length);
        onChange?.(event);
      },
    },
    aria: { ...aria, "aria-invalid": aria["aria-invalid"] || length > max || undefined },
    counter: <Counter id={id} length={length} max={max} />,
  };
}

/** A one-line text field with a limit it counts out loud instead of enforcing silently. */
export function LimitedTextField({ id, label, hint, errors, max, defaultValue, onChange, className = "", ...rest }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "maxLength">) {
  const limited = useLimitedText<HTMLInputElement>({ id, hint, errors, max, defaultValue, onChange });
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <input {...limited.own} defaultValue={defaultValue} {...rest} {...limited.aria} className={`${inputClasses} ${className}`} />
      {limited.counter}
    </FieldShell>
  );
}

/** A textarea with a counted limit (see LimitedTextField). */
export function LimitedTextArea({ id, label, hint, errors, max, defaultValue, onChange, className = "", ...rest }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "maxLength">) {
  const limited = useLimitedText<HTMLTextAreaElement>({ id, hint, errors, max, defaultValue, onChange });
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <textarea {...limited.own} defaultValue={defaultValue} {...rest} {...limited.aria} className={`${inputClasses} ${className}`} />
      {limited.counter}
    </FieldShell>
  );
}
