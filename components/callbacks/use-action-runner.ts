"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";

export type FieldErrorMap = Record<string, string[]>;

/**
 * Runs one server action for a form: a pending flag, the action's error and field errors, and on
 * success a refresh of the page's server data plus the caller's confirmation.
 */
export function useActionRunner(onSuccess: (message: string) => void) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});

  function run(call: () => Promise<ActionResult<unknown>>, successMessage: string, after?: () => void) {
    startTransition(async () => {
      let result: ActionResult<unknown>;
      try {
        result = await call();
      } catch {
        result = { ok: false, error: "Couldn't reach the server; nothing was saved. Check your connection and try again." };
      }
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setError(null);
      setFieldErrors({});
      onSuccess(successMessage);
      if (after) after();
      else router.refresh();
    });
  }

  return { isPending, error, fieldErrors, run };
}
