"use client";

import { type InputHTMLAttributes, type TextareaHTMLAttributes, useState } from "react";
import { FieldShell, describedBy, inputClasses } from "./field";

/** Shown from this share of the limit on, so a short text carries no counter. */
const COUNTER_FROM = 0.8;

function lengthOf(value: unknown): number {
  return typeof value === "string" ? value.length : 0;
}

/**
 * The counter under a text with a limit. No `maxLength` on the control: a browser silently cuts a
 * pasted 5,000-character title to 200; here the text stays whole and the person is told (and the
 * server refuses it with the same words, lib/validation/primitives.ts).
 */
function Counter({ id, length, max }: { id: string; length: number; max: number }) {
  if (length < max * COUNTER_FROM) return <span id={`${id}-count`} className="sr-only" />;
  const over = length - max;
  return (
    <p id={`${id}-count`} aria-live="polite" className={`text-xs tabular-nums ${over > 0 ? "font-medium text-red-600 dark:text-red-400" : "text-slate-500 dark:text-slate-400"}`}>
      {over > 0
        ? `${length.toLocaleString("en-US")} characters: ${over.toLocaleString("en-US")} over the limit of ${max.toLocaleString("en-US")}. Shorten it to save.`
        : `${length.toLocaleString("en-US")} / ${max.toLocaleString("en-US")} characters`}
    </p>
  );
}

type Common = { id: string; label: React.ReactNode; hint?: React.ReactNode; errors?: string[]; max: number };

/** A one-line text field with a limit it counts out loud instead of enforcing silently. */
export function LimitedTextField({ id, label, hint, errors, max, defaultValue, onChange, className = "", ...rest }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "maxLength">) {
  const [length, setLength] = useState(lengthOf(defaultValue));
  const over = length > max;
  const aria = describedBy(id, errors, hint, `${id}-count`);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <input
        id={id}
        name={id}
        defaultValue={defaultValue}
        onChange={(event) => {
          setLength(event.currentTarget.value.length);
          onChange?.(event);
        }}
        {...rest}
        {...aria}
        aria-invalid={aria["aria-invalid"] || over || undefined}
        className={`${inputClasses} ${className}`}
      />
      <Counter id={id} length={length} max={max} />
    </FieldShell>
  );
}

/** A textarea with a counted limit (see LimitedTextField). */
export function LimitedTextArea({ id, label, hint, errors, max, defaultValue, onChange, className = "", ...rest }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "maxLength">) {
  const [length, setLength] = useState(lengthOf(defaultValue));
  const over = length > max;
  const aria = describedBy(id, errors, hint, `${id}-count`);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <textarea
        id={id}
        name={id}
        defaultValue={defaultValue}
        onChange={(event) => {
          setLength(event.currentTarget.value.length);
          onChange?.(event);
        }}
        {...rest}
        {...aria}
        aria-invalid={aria["aria-invalid"] || over || undefined}
        className={`${inputClasses} ${className}`}
      />
      <Counter id={id} length={length} max={max} />
    </FieldShell>
  );
}
