"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setKindAreaAction } from "@/app/(app)/settings/kind-areas/actions";
import { createSampleHistoryAction } from "@/app/(app)/today/first-run-actions";
import { OPEN_CAPTURE_EVENT } from "@/components/callbacks/quick-capture";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { type CallbackKind, KIND_DEFAULTS } from "@/lib/domain/kind-defaults";

const EXAMPLES: { kind: CallbackKind; example: string }[] = [
  { kind: "JOB_APPLICATION", example: "Applied to Acme, backend role" },
  { kind: "NETWORKING_MESSAGE", example: "Asked Priya for a coffee chat" },
  { kind: "LEARNING_BET", example: "Course project submitted for review" },
  { kind: "CREATIVE_LAUNCH", example: "Pitched my talk to the local meetup" },
  { kind: "HEALTH", example: "Physio referral requested" },
];

/**
 * A new account's Today: what a callback is, three first bets with an example per kind, the
 * capacity to check, the digest to consider, or a populated account to look around in first.
 */
export function FirstRun({ capacity, areas, careerAreaId }: { capacity: number; areas: { id: string; name: string }[]; careerAreaId: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [career, setCareer] = useState(careerAreaId ?? "");
  const [careerSaved, setCareerSaved] = useState(false);
  const [isPending, startTransition] = useTransition();

  function openCapture(kind: CallbackKind) {
    window.dispatchEvent(new CustomEvent(OPEN_CAPTURE_EVENT, { detail: { kind } }));
  }

  return (
    <Card>
      <section aria-labelledby="first-run-title" className="space-y-5">
        <div className="space-y-1">
          <h2 id="first-run-title" className="text-lg font-semibold">
            Welcome: start your loop
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            A <strong className="font-semibold text-slate-800 dark:text-slate-200">callback</strong> is a bet you placed whose answer comes later: an
            application, a message, a pitch. Lifeloop keeps the odds honest as silence grows, reminds you to follow up, and shows where your energy
            went.
          </p>
        </div>
        <ol className="space-y-4 text-sm">
          <li>
            <p className="font-medium">1. Capture your first three bets</p>
            <ul className="mt-2 grid gap-2 sm:grid-cols-2">
              {EXAMPLES.map(({ kind, example }) => (
                <li key={kind}>
                  <button
                    type="button"
                    onClick={() => openCapture(kind)}
                    className="w-full rounded-xl border border-slate-200 px-3 py-2 text-left hover:border-brand-500 hover:bg-brand-50 dark:border-slate-700 dark:hover:bg-brand-500/10"
                  >
                    <span className="block font-medium">{KIND_DEFAULTS[kind].label}</span>
                    <span className="block text-slate-600 dark:text-slate-400">e.g. “{example}”</span>
                  </button>
                </li>
              ))}
            </ul>
          </li>
          <li>
            <p className="font-medium">2. Where do job applications go?</p>
            <div className="mt-1 max-w-xs">
              <SelectField
                id="first-run-career-area"
                label="Area for job applications"
                hint={careerSaved ? "Saved: new applications start in this area." : "Each kind's default area can be changed in Settings."}
                value={career}
                onChange={(event) => {
                  const areaId = event.target.value;
                  setCareer(areaId);
                  startTransition(async () => {
                    const result = await setKindAreaAction({ kind: "JOB_APPLICATION", areaId });
                    if (!result.ok) setError(result.error);
                    setCareerSaved(result.ok);
                    if (result.ok) router.refresh();
                  });
                }}
              >
                <option value="">No area</option>
                {areas.map((area) => (
                  <option key={area.id} value={area.id}>
                    {area.name}
                  </option>
                ))}
              </SelectField>
            </div>
          </li>
          <li>
            <p className="font-medium">3. Set your capacity</p>
            <p className="text-slate-600 dark:text-slate-400">
              You can hold {capacity} open threads before the load meter says overflow.{" "}
              <Link href="/settings" className="text-brand-700 underline dark:text-brand-100">
                Change it in Settings
              </Link>
              , where each kind&apos;s defaults live too.
            </p>
          </li>
          <li>
            <p className="font-medium">4. Get a digest</p>
            <p className="text-slate-600 dark:text-slate-400">
              A short email of what needs you.{" "}
              <Link href="/settings/notifications" className="text-brand-700 underline dark:text-brand-100">
                Choose it in Settings → Notifications
              </Link>
              .
            </p>
          </li>
        </ol>
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
          <Button
            type="button"
            variant="secondary"
            isPending={isPending}
            pendingLabel="Generating…"
            onClick={() =>
              startTransition(async () => {
                const result = await createSampleHistoryAction();
                if (!result.ok) {
                  setError(result.error);
                  return;
                }
                router.push("/portfolio");
              })
            }
          >
            Explore with sample data
          </Button>
          <p className="text-sm text-slate-600 dark:text-slate-400">Ten weeks of made-up bets and effort, removable in one click.</p>
        </div>
        {error ? <FormMessage tone="error">{error}</FormMessage> : null}
      </section>
    </Card>
  );
}
