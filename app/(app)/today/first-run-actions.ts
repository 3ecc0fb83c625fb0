"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import { createSampleHistory } from "@/lib/server/demo/create-sample-history";
import { deleteSampleHistory } from "@/lib/server/demo/delete-sample-history";
import { finishFirstRun } from "@/lib/server/users/first-run";

type Counts = { callbacks: number; effortEntries: number };

export async function createSampleHistoryAction(): Promise<ActionResult<Counts>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
  const result = await runServerCall(() => createSampleHistory(user, new Date()));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function deleteSampleHistoryAction(): Promise<ActionResult<Counts>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
  const result = await runServerCall(() => deleteSampleHistory(user));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** "I know the ropes": the first run is hidden for good. */
export async function dismissFirstRunAction(): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
  const result = await runServerCall(() => finishFirstRun(user.id, new Date()));
  if (result.ok) revalidatePath("/today");
  return result;
}
