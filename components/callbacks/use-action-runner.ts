"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";

export type FieldErrorMap = Record<string, string[]>;

/**
 * Runs one server action for a form: a pending flag, the action's error and field errors, and on
 * success the caller's confirmation plus `after` (given the action's data) or, without it, a
 * refresh of the page's server data.
 */
export function useActionRunner(onSuccess: (message: string) => void) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});

  function run<T>(call: () => Promise<ActionResult<T>>, successMessage: string, after?: (data: T) => void) {
    startTransition(async () => {
      let result: ActionResult<T>;
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
      if (after) after(result.data);
      else router.refresh();
    });
  }

  return { isPending, error, fieldErrors, run };
}
