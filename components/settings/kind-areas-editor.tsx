"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setKindAreaAction } from "@/app/(app)/settings/kind-areas/actions";
import { Card, CardHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CALLBACK_KINDS, type CallbackKind, KIND_DEFAULTS } from "@/lib/domain/kind-defaults";

/** Each kind's default area: capture starts there (shown in the form), so few bets land in "No area". */
export function KindAreasEditor({ areas, kindAreas }: { areas: { id: string; name: string }[]; kindAreas: Record<CallbackKind, string | null> }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function change(kind: CallbackKind, areaId: string) {
    startTransition(async () => {
      const result = await setKindAreaAction({ kind, areaId });
      setMessage(
        result.ok
          ? { tone: "success", text: `${KIND_DEFAULTS[kind].label}: ${areas.find((area) => area.id === areaId)?.name ?? "no area"} by default.` }
          : { tone: "error", text: result.error },
      );
      if (result.ok) router.refresh();
    });
  }

  return (
    <Card>
      <CardHeader id="kind-areas-title" title="Default area of each kind" description="A new bet of this kind starts in this area; you can change it when you capture." />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-busy={isPending || undefined}>
        {CALLBACK_KINDS.map((kind) => (
          <SelectField key={kind} id={`kind-area-${kind.toLowerCase()}`} label={KIND_DEFAULTS[kind].label} value={kindAreas[kind] ?? ""} disabled={isPending} onChange={(event) => change(kind, event.target.value)}>
            <option value="">No area</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <div className="mt-3 min-h-5">{message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}</div>
    </Card>
  );
}
