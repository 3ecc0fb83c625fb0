"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import type { CreatedToken } from "@/components/settings/create-token-form";

/** The new token, shown this once, with a copy button; "Done" hides it for good. */
export function NewTokenPanel({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied("yes");
    } catch {
      // No clipboard permission (e.g. plain http on another host): the text is selected to copy by hand.
      field.current?.select();
      setCopied("failed");
    }
  }

  return (
    <section aria-labelledby="new-token-title" className="space-y-3 rounded-xl border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/40">
      <h3 id="new-token-title" className="font-semibold text-emerald-900 dark:text-emerald-100">
        Copy “{token.name}” now — you won&apos;t see it again
      </h3>
      <p className="text-sm text-emerald-900/80 dark:text-emerald-100/80">
        Lifeloop keeps only a hash of it. Send it as <code className="font-mono">Authorization: Bearer …</code> ({token.scope === "read" ? "read only" : "read and write"}).
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor="new-token" className="sr-only">
          Your new API token
        </label>
        <input id="new-token" ref={field} readOnly value={token.token} className={`${inputClasses} font-mono`} onFocus={(event) => event.currentTarget.select()} />
        <Button type="button" variant="secondary" onClick={copy}>
          Copy
        </Button>
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </div>
      <p role="status" className="min-h-5 text-sm text-emerald-900 dark:text-emerald-100">
        {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? "Couldn't copy automatically: the token is selected, copy it with your keyboard." : ""}
      </p>
    </section>
  );
}
