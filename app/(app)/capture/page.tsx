import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CaptureForm } from "@/components/callbacks/capture-form";
import { requireUser } from "@/lib/auth";
import { captureFields } from "@/lib/domain/capture-params";
import { listAreas } from "@/lib/server/areas/list-areas";
import { listKindOptions } from "@/lib/server/kinds/list-kind-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Capture"))("pageTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * /capture?title=&url=&text= — where the bookmarklet, the share sheet (the PWA's share_target)
 * and shortcuts land: the capture form with the page's title and address filled in. Signed out,
 * sign-in comes first and brings the person back here with the same query.
 */
export default async function CapturePage({ searchParams }: Props) {
  // No explicit return path: requireUser keeps the requested path with its query for sign-in.
  const user = await requireUser();
  const params = await searchParams;
  const fields = captureFields({ title: first(params.title), text: first(params.text), url: first(params.url) });
  const [areas, kinds, t] = await Promise.all([listAreas(user.id), listKindOptions(user.id, new Date()), getTranslations("Capture")]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("pageTitle")}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {fields.link
            ? t.rich("pageFromLink", {
                link: fields.link,
                source: (chunks) => <span className="break-all font-medium text-slate-800 dark:text-slate-200">{chunks}</span>,
              })
            : t.rich("pageIntro", {
                bookmarklet: (chunks) => (
                  <Link href="/settings/data#capture" className="underline">
                    {chunks}
                  </Link>
                ),
              })}
        </p>
      </div>
      <CaptureForm
        areas={areas.map(({ id, name }) => ({ id, name }))}
        kinds={kinds}
        initialTitle={fields.title}
        initialLink={fields.link}
        initialNotes={fields.notes}
      />
    </div>
  );
}
