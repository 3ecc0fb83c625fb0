"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setKeyboardShortcutsAction } from "@/app/(app)/settings/keyboard/actions";
import { Card, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";

/**
 * The switch for single-key shortcuts (WCAG 2.1.4): speech input and some assistive tools type
 * letters that would otherwise act. Off, no single letter does anything; buttons do it all.
 */
export function ShortcutsForm({ enabled }: { enabled: boolean }) {
  const router = useRouter();
  const [value, setValue] = useState(enabled);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function change(next: boolean) {
    setValue(next);
    startTransition(async () => {
      const result = await setKeyboardShortcutsAction({ enabled: next });
      if (!result.ok) {
        setValue(!next);
        setMessage({ tone: "error", text: result.error });
        return;
      }
      setMessage({ tone: "success", text: next ? "Single-key shortcuts are on." : "Single-key shortcuts are off." });
      router.refresh();
    });
  }

  return (
    <Card>
      <CardHeader id="shortcuts-title" title="Single-key shortcuts" description="Turn them off if you use speech input, or if keys pressed by accident act on your bets." />
      <label className="flex items-start gap-3 text-sm">
        <input
          type="checkbox"
          checked={value}
          disabled={isPending}
          aria-describedby="shortcuts-help"
          onChange={(event) => change(event.target.checked)}
          className="mt-0.5 size-4 accent-brand-600"
        />
        <span>
          <span className="font-medium">Use single-key shortcuts</span>
          <span id="shortcuts-help" className="block text-slate-600 dark:text-slate-400">
            N captures a callback from any page; on Today, J/K move and a letter acts on the highlighted item. Ctrl+Enter and Esc in dialogs always work.
          </span>
        </span>
      </label>
      <div className="mt-3 min-h-5" aria-live="polite">
        {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      </div>
    </Card>
  );
}
