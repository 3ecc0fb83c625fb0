"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveStagesAction } from "@/app/(app)/settings/kinds/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** A kind's stages as one line ("Applied, Screen ×3, Interview ×4"): blank for its preset, or none. */
export function StagesEditor({ kindKey, kindName, text, summary }: { kindKey: string; kindName: string; text: string; summary: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<string[] | undefined>();
  const [saved, setSaved] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const id = `stages-${kindKey}`;
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get(id) ?? "");
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof saveStagesAction>>;
      try {
        result = await saveStagesAction(kindKey, value);
      } catch {
        result = { ok: false, error: "Couldn't reach the server; nothing was saved. Try again." };
      }
      if (!result.ok) {
        setErrors(result.fieldErrors?.stages ?? [result.error]);
        setSaved(null);
        return;
      }
      setErrors(undefined);
      setSaved("Stages saved.");
      router.refresh();
    });
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Stages of ${kindName}`} className="flex flex-wrap items-end gap-2">
      <div className="min-w-64 flex-1">
        <TextField id={id} label={`Stages of ${kindName}`} defaultValue={text} placeholder="e.g. Sent, Meeting ×4, Term sheet ×10" hint={summary} errors={errors} />
      </div>
      <Button type="submit" size="sm" variant="secondary" isPending={isPending} pendingLabel="Saving…">
        Save stages
      </Button>
      <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {saved}
      </span>
    </form>
  );
}
