import type { TextareaHTMLAttributes } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { FieldShell, describedBy, inputClasses } from "@/components/ui/field";

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  errors?: string[];
};

export function TextAreaField({ id, label, hint, errors, className = "", rows = 3, ...rest }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <textarea id={id} name={id} rows={rows} {...rest} {...describedBy(id, errors, hint)} className={`${inputClasses} ${className}`} />
    </FieldShell>
  );
}

/**
 * The action's error, announced. Field errors sit under their fields; a message that only repeats
 * one of them is not shown twice.
 */
export function ActionError({ error, fieldErrors }: { error: string | null; fieldErrors?: Record<string, string[]> }) {
  if (!error) return null;
  const repeatsAField = Object.values(fieldErrors ?? {}).some((messages) => messages.includes(error));
  return repeatsAField ? null : <FormMessage tone="error">{error}</FormMessage>;
}

/** A dialog's footer: dismiss on the left of the main action, stacked on phones. */
export function DialogFooter({ children }: { children: React.ReactNode }) {
  return <div className="flex flex-col-reverse gap-2 pt-1 sm:flex-row sm:justify-end">{children}</div>;
}

/**
 * The footer of a dialog's form: a dismiss button and the submit button with its pending state.
 * Forms with other footers (several submit buttons, a plain Close) use DialogFooter directly.
 */
export function DialogActions({
  onDismiss,
  dismissLabel = "Close",
  submitLabel,
  isPending,
  pendingLabel = "Saving…",
  variant = "primary",
}: {
  onDismiss: () => void;
  dismissLabel?: string;
  submitLabel: React.ReactNode;
  isPending: boolean;
  pendingLabel?: string;
  variant?: ButtonVariant;
}) {
  return (
    <DialogFooter>
      <Button type="button" variant="secondary" onClick={onDismiss}>
        {dismissLabel}
      </Button>
      <Button type="submit" variant={variant} isPending={isPending} pendingLabel={pendingLabel}>
        {submitLabel}
      </Button>
    </DialogFooter>
  );
}
