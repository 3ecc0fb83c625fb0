"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { moveToStageAction } from "@/app/(app)/board/actions";
import { formatPercent } from "@/components/callbacks/format";
import type { BoardLane } from "@/lib/server/stages/get-board";

function ratio(lr: number): string {
  return `×${lr >= 10 ? Math.round(lr) : Math.round(lr * 100) / 100}`;
}

/**
 * Open bets of one kind by stage. A card moves with its buttons, or with the arrow keys while it
 * has focus (← back a stage, → on a stage); focus follows the card to its new column, and the
 * result is announced.
 */
export function StageBoard({ lane }: { lane: BoardLane }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  // The card to focus once it shows in its new column (after the refresh), so keyboard moves can go on.
  const focusAfter = useRef<{ id: string; stage: string } | null>(null);

  useEffect(() => {
    const pending = focusAfter.current;
    if (!pending) return;
    const card = document.getElementById(`card-${pending.id}`);
    if (card?.dataset.stage === pending.stage) {
      card.focus();
      focusAfter.current = null;
    }
  });

  function move(cardId: string, title: string, toIndex: number) {
    const target = lane.stages[toIndex];
    if (!target || isPending) return;
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof moveToStageAction>>;
      try {
        result = await moveToStageAction(cardId, target.key);
      } catch {
        result = { ok: false, error: "Couldn't reach the server; the bet didn't move. Try again." };
      }
      if (!result.ok) {
        setStatus({ tone: "error", text: result.error });
        return;
      }
      focusAfter.current = { id: cardId, stage: target.key };
      setStatus({ tone: "ok", text: `Moved “${title}” to ${target.label}.` });
      router.refresh();
    });
  }

  return (
    <section aria-labelledby={`lane-${lane.kindKey}`} className="space-y-3">
      <h2 id={`lane-${lane.kindKey}`} className="text-lg font-semibold">
        {lane.kindName}
      </h2>
      <p role="status" aria-live="polite" className={`min-h-5 text-sm ${status?.tone === "error" ? "text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}`}>
        {status?.text}
      </p>
      <div className="grid auto-cols-[minmax(12rem,1fr)] grid-flow-col gap-3 overflow-x-auto pb-2">
        {lane.stages.map((stage, stageIndex) => {
          const cards = lane.cards.filter((card) => card.stage === stage.key);
          return (
            <div key={stage.key} className="rounded-xl border border-slate-200 bg-slate-50 p-2 dark:border-slate-800 dark:bg-slate-900/60">
              <h3 className="px-1 text-sm font-semibold" id={`stage-${lane.kindKey}-${stage.key}`}>
                {stage.label} <span className="font-normal text-slate-500 dark:text-slate-400">({cards.length})</span>
              </h3>
              <p className="px-1 text-xs text-slate-500 dark:text-slate-400">
                {stageIndex === 0 ? "Where every bet starts" : `${ratio(stage.likelihoodRatio)} · ${stage.source === "learned" ? `learned from ${stage.reached} of your bets` : "preset"}`}
              </p>
              <ul className="mt-2 space-y-2" aria-labelledby={`stage-${lane.kindKey}-${stage.key}`}>
                {cards.map((card) => (
                  <li key={card.id}>
                    <div
                      id={`card-${card.id}`}
                      data-stage={stage.key}
                      tabIndex={0}
                      role="group"
                      aria-label={`${card.title}, at ${stage.label}, ${formatPercent(card.probability)}. Arrow keys move it between stages.`}
                      onKeyDown={(event) => {
                        if (event.target !== event.currentTarget) return;
                        if (event.key === "ArrowRight") {
                          event.preventDefault();
                          move(card.id, card.title, stageIndex + 1);
                        } else if (event.key === "ArrowLeft") {
                          event.preventDefault();
                          move(card.id, card.title, stageIndex - 1);
                        }
                      }}
                      className="rounded-lg border border-slate-200 bg-white p-2 text-sm shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-700 dark:bg-slate-950"
                    >
                      <Link href={`/callbacks/${card.id}`} className="block truncate font-medium text-brand-700 hover:underline dark:text-brand-100">
                        {card.title}
                      </Link>
                      <p className="text-xs text-slate-600 dark:text-slate-400">
                        {card.counterparty ? `${card.counterparty} · ` : ""}
                        {formatPercent(card.probability)}
                      </p>
                      <div className="mt-1 flex justify-between gap-1">
                        <button
                          type="button"
                          disabled={stageIndex === 0 || isPending}
                          onClick={() => move(card.id, card.title, stageIndex - 1)}
                          aria-label={stageIndex > 0 ? `Move “${card.title}” back to ${lane.stages[stageIndex - 1]!.label}` : undefined}
                          className="rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 disabled:invisible dark:text-slate-300 dark:hover:bg-slate-800"
                        >
                          ←
                        </button>
                        <button
                          type="button"
                          disabled={stageIndex === lane.stages.length - 1 || isPending}
                          onClick={() => move(card.id, card.title, stageIndex + 1)}
                          aria-label={stageIndex < lane.stages.length - 1 ? `Move “${card.title}” on to ${lane.stages[stageIndex + 1]!.label}` : undefined}
                          className="rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 disabled:invisible dark:text-slate-300 dark:hover:bg-slate-800"
                        >
                          →
                        </button>
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
