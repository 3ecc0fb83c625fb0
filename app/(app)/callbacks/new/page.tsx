import type { Metadata } from "next";
import Link from "next/link";
import { CaptureForm } from "@/components/callbacks/capture-form";
import { requireUser } from "@/lib/auth";
import { listAreas } from "@/lib/server/areas/list-areas";
import { listKindOptions } from "@/lib/server/kinds/list-kind-options";

export const metadata: Metadata = { title: "New callback" };

type Props = { searchParams: Promise<{ title?: string | string[] }> };

export default async function NewCallbackPage({ searchParams }: Props) {
  const user = await requireUser("/callbacks/new");
  const { title } = await searchParams;
  const [areas, kinds] = await Promise.all([listAreas(user.id), listKindOptions(user.id, new Date())]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <Link href="/callbacks" className="text-sm text-slate-600 hover:underline dark:text-slate-400">
          ← Callbacks
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">New callback</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          A bet you placed whose answer arrives later. Leave a field blank and the kind&apos;s defaults fill it.
        </p>
      </div>
      <CaptureForm
        areas={areas.map(({ id, name }) => ({ id, name }))}
        kinds={kinds}
        initialTitle={typeof title === "string" ? title : ""}
      />
    </div>
  );
}
