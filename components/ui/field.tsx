import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

export const inputClasses =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 " +
  "focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 aria-[invalid=true]:border-red-500 " +
  "dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";

type FieldShellProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
};

/** A label, the control, a hint and the field's errors (announced, and tied to the control). */
export function FieldShell({ id, label, hint, errors, children }: FieldShellProps) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`${id}-error`} className="text-sm text-red-600 dark:text-red-400">
      {errors.join(" ")}
    </p>
  );
}

/** aria attributes that tie a control to its hint and error lines (and any `extra` ids). */
export function describedBy(id: string, errors?: string[], hint?: ReactNode, extra?: string) {
  const ids = [extra, hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return { "aria-invalid": errors?.length ? true : undefined, "aria-describedby": ids.length ? ids.join(" ") : undefined };
}

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
};

export function TextField({ id, label, hint, errors, className = "", "aria-describedby": extra, ...rest }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <input id={id} name={id} {...rest} {...describedBy(id, errors, hint, extra)} className={`${inputClasses} ${className}`} />
    </FieldShell>
  );
}

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
};

export function SelectField({ id, label, hint, errors, className = "", children, "aria-describedby": extra, ...rest }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <select id={id} name={id} {...rest} {...describedBy(id, errors, hint, extra)} className={`${inputClasses} ${className}`}>
        {children}
      </select>
    </FieldShell>
  );
}
