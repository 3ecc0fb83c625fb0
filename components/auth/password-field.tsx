"use client";

import { useEffect, useRef, useState } from "react";
import { ratePasswordAction } from "@/app/(auth)/actions";
import { FieldErrors, describedBy, inputClasses } from "@/components/ui/field";
import { MIN_PASSWORD_LENGTH, MIN_PASSWORD_SCORE, PASSWORD_RULE_HINT, strengthLevel, type StrengthLevel } from "@/lib/domain/password-rules";

type Rating = { score: number; feedback: string };

const LEVEL_STYLES: Record<StrengthLevel, { bar: string; text: string; segments: number; word: string }> = {
  weak: { bar: "bg-red-500", text: "text-red-700 dark:text-red-400", segments: 1, word: "Weak" },
  fair: { bar: "bg-amber-500", text: "text-amber-700 dark:text-amber-400", segments: 2, word: "Fair" },
  good: { bar: "bg-emerald-500", text: "text-emerald-700 dark:text-emerald-400", segments: 3, word: "Good" },
  strong: { bar: "bg-emerald-600", text: "text-emerald-700 dark:text-emerald-400", segments: 4, word: "Strong" },
};

type PasswordFieldProps = {
  id: string;
  label: string;
  /** Words of the account the password should not lean on (email, name). */
  accountWords: readonly string[];
  /** Errors from the last submit; hidden again as soon as the password is edited. */
  errors?: string[];
  autoComplete?: "new-password";
};

/**
 * A new-password field: the rule under it, a strength meter that rates what is typed with the
 * estimator the server applies (on the server: see ratePasswordAction), and the server's error. One
 * shows at a time, so nothing is said twice: the hint states the rule and the meter rates the
 * current text; an error (which replaces both until the text changes) says why the last submit
 * was refused.
 */
export function PasswordField({ id, label, accountWords, errors, autoComplete = "new-password" }: PasswordFieldProps) {
  const [value, setValue] = useState("");
  const [latestRating, setLatestRating] = useState<Rating | null>(null);
  // The errors that were on screen when the password was last edited: those are about an older
  // text and stay hidden; a new submit brings a new array, which shows.
  const [editedErrors, setEditedErrors] = useState<string[] | undefined>(undefined);
  const words = useRef(accountWords);
  useEffect(() => {
    words.current = accountWords;
  }, [accountWords]);

  useEffect(() => {
    if (value.length < MIN_PASSWORD_LENGTH) return;
    let isCurrent = true;
    // Rate after a pause in typing, not on every key; an answer for older text is dropped.
    const timer = setTimeout(() => {
      void ratePasswordAction({ password: value, accountWords: words.current.slice(0, 12) }).then(
        (result) => {
          if (isCurrent && result.ok) setLatestRating(result.data);
        },
        () => undefined, // No meter when the server can't be reached; the rule still shows.
      );
    }, 300);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [value]);

  const rating = value.length >= MIN_PASSWORD_LENGTH ? latestRating : null;
  const shownErrors = errors !== editedErrors ? errors : undefined;
  const hasError = Boolean(shownErrors?.length);
  const meterId = `${id}-meter`;
  const level = rating ? strengthLevel(rating.score) : null;
  const length = [...value].length;

  let meterText = "";
  if (value.length > 0 && length < MIN_PASSWORD_LENGTH) meterText = `${length} of ${MIN_PASSWORD_LENGTH} characters`;
  else if (level) {
    const advice = rating && rating.score < MIN_PASSWORD_SCORE && rating.feedback ? ` ${rating.feedback}` : "";
    meterText = `Strength: ${LEVEL_STYLES[level].word}.${advice}`;
  }

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <input
        id={id}
        name={id}
        type="password"
        autoComplete={autoComplete}
        required
        maxLength={200}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setEditedErrors(errors);
        }}
        {...describedBy(id, shownErrors, hasError ? undefined : PASSWORD_RULE_HINT, meterText && !hasError ? meterId : undefined)}
        className={inputClasses}
      />
      {/* One message under the field: the rule, or (after a refused submit) the error in its place. */}
      {hasError ? null : (
        <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          {PASSWORD_RULE_HINT}
        </p>
      )}
      {value.length > 0 && !hasError ? (
        <div className="space-y-1">
          <div className="flex gap-1" aria-hidden="true">
            {[1, 2, 3, 4].map((segment) => (
              <span
                key={segment}
                className={`h-1.5 flex-1 rounded-full ${
                  level && segment <= LEVEL_STYLES[level].segments ? LEVEL_STYLES[level].bar : "bg-slate-200 dark:bg-slate-700"
                }`}
              />
            ))}
          </div>
          <p id={meterId} aria-live="polite" className={`text-xs ${level ? LEVEL_STYLES[level].text : "text-slate-500 dark:text-slate-400"}`}>
            {meterText}
          </p>
        </div>
      ) : null}
      <FieldErrors id={id} errors={shownErrors} />
    </div>
  );
}
