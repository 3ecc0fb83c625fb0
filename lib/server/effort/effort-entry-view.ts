import type { Prisma } from "@/lib/generated/prisma/client";

/** The columns an effort entry is shown with (list rows, dialogs), its area and callback named. */
export const EFFORT_ENTRY_SELECT = {
  id: true,
  areaId: true,
  callbackId: true,
  points: true,
  minutes: true,
  note: true,
  spentAt: true,
  createdAt: true,
  area: { select: { name: true, color: true, archivedAt: true } },
  callback: { select: { title: true } },
} satisfies Prisma.EffortEntrySelect;

export type EffortEntryView = Prisma.EffortEntryGetPayload<{ select: typeof EFFORT_ENTRY_SELECT }>;
