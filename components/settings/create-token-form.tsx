"use client";

import { useState, useTransition } from "react";
import { createTokenAction } from "@/app/(app)/settings/api/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export type CreatedToken = { id: string; name: string; token: string; scope: "read" | "read-write" };

const SCOPES = [
  { value: "read", label: "Read only", hint: "GET requests: list and read your data." },
  { value: "read-write", label: "Read and write", hint: "Also create, change and delete (not other tokens)." },
] as const;

/** Name and scope of a new token; on success hands the token (shown once) to `onCreated`. */
export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const [scope, setScope] = useState<"read" | "read-write">("read");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("token-name") ?? "");
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof createTokenAction>>;
      try {
        result = await createTokenAction({ name, scope });
      } catch {
        result = { ok: false, error: "Couldn't reach the server; no token was created. Try again." };
      }
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setError(null);
      setFieldErrors({});
      form.reset();
      setScope("read");
      onCreated({ id: result.data.id, name: result.data.name, token: result.data.token, scope: result.data.scope });
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create an API token" className="space-y-4">
      <TextField
        id="token-name"
        label="Name"
        placeholder="e.g. Job-board importer"
        maxLength={100}
        autoComplete="off"
        required
        errors={fieldErrors.name}
        hint="Say what will use it, so you know which one to revoke later."
      />
      <fieldset className="space-y-2" aria-describedby={fieldErrors.scope ? "token-scope-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Scope</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {SCOPES.map((option) => (
            <label
              key={option.value}
              className="flex cursor-pointer gap-3 rounded-lg border border-slate-300 p-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:bg-brand-500/10"
            >
              <input
                type="radio"
                name="token-scope"
                value={option.value}
                checked={scope === option.value}
                onChange={() => setScope(option.value)}
                className="mt-0.5 accent-brand-600"
              />
              <span>
                <span className="block font-medium">{option.label}</span>
                <span className="block text-slate-600 dark:text-slate-400">{option.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {fieldErrors.scope ? (
          <p id="token-scope-error" className="text-sm text-red-600 dark:text-red-400">
            {fieldErrors.scope.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" isPending={isPending} pendingLabel="Creating…">
          Create token
        </Button>
        {error && !fieldErrors.name ? <FormMessage tone="error">{error}</FormMessage> : null}
      </div>
    </form>
  );
}
