"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";

/** A read-only secret with a Copy button; selected on show so it can be copied by hand too. */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [value]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // No clipboard permission (plain http on another host): the text is selected to copy by hand.
      field.current?.select();
      setCopied("failed");
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input id={id} ref={field} readOnly value={value} className={`${inputClasses} font-mono text-xs`} onFocus={(event) => event.currentTarget.select()} />
        <Button type="button" variant="secondary" onClick={copy}>
          Copy
        </Button>
      </div>
      <p role="status" className="min-h-5 text-sm text-slate-600 dark:text-slate-400">
        {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? "Couldn't copy automatically: it is selected, copy it with your keyboard." : ""}
      </p>
    </div>
  );
}
