import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost" | "danger-ghost";

/**
 * A button's classes: `.btn` with its size and variant (app/globals.css, components layer, so a
 * utility passed in `className` always wins). Short on purpose: buttons repeat on every row of
 * some lists, and their classes are sent in the HTML of each.
 */
export function buttonClasses(variant: ButtonVariant = "primary", size: "sm" | "md" = "md"): string {
  return `btn btn-${size} btn-${variant}`;
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: "sm" | "md";
  /** Shows a spinner and disables the button while a mutation runs. */
  isPending?: boolean;
  pendingLabel?: string;
};

export function Button({ variant = "primary", size = "md", isPending = false, pendingLabel, className = "", children, disabled, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      disabled={disabled || isPending}
      aria-busy={isPending || undefined}
      className={`${buttonClasses(variant, size)} ${className}`}
    >
      {isPending ? <Spinner /> : null}
      {isPending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

export function Spinner() {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-4 animate-spin rounded-full border-2 border-current border-r-transparent"
    />
  );
}
