import Link from "next/link";
import type { CallbackDetail } from "@/lib/server/callbacks/get-callback";
import { AreaChip } from "./area-chip";
import { kindLabel } from "./format";
import { CALLBACKS_PATH } from "./list-query";
import { LatenessBadge, StateBadge } from "./state-badge";

type Props = { detail: Pick<CallbackDetail, "callback" | "lateness">; /** the kind's name (a kind of the user's own is stored as OTHER) */ kindName?: string };

function Meta({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex min-w-0 items-baseline gap-1.5">
      <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="min-w-0 truncate text-slate-800 dark:text-slate-200">{children}</dd>
    </div>
  );
}

/** Title, state, lateness and the who/where of a callback. */
export function CallbackHeader({ detail, kindName }: Props) {
  const { callback, lateness } = detail;
  return (
    <header className="space-y-3">
      <Link href={CALLBACKS_PATH} className="inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-brand-700 dark:text-slate-400 dark:hover:text-brand-100">
        <span aria-hidden="true">←</span> All callbacks
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <StateBadge state={callback.state} isLate={callback.isLate} />
        <LatenessBadge lateness={lateness} state={callback.state} />
        <span className="text-sm text-slate-500 dark:text-slate-400">{kindName ?? kindLabel(callback.kind)}</span>
      </div>
      <h1 className="break-words text-2xl font-semibold tracking-tight sm:text-3xl">{callback.title}</h1>
      <dl className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <div className="flex items-center gap-1.5">
          <dt className="sr-only">Area</dt>
          <dd>
            <AreaChip area={callback.area} />
          </dd>
        </div>
        {callback.counterparty ? <Meta label="Waiting on">{callback.counterparty}</Meta> : null}
        {callback.channel ? <Meta label="via">{callback.channel}</Meta> : null}
        {callback.link ? (
          <Meta label="Link">
            <a
              href={callback.link}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-brand-700 underline decoration-brand-500/40 underline-offset-2 hover:decoration-brand-500 dark:text-brand-100"
            >
              {displayLink(callback.link)}
              <span className="sr-only"> (opens in a new tab)</span>
              <span aria-hidden="true"> ↗</span>
            </a>
          </Meta>
        ) : null}
      </dl>
      {callback.notes ? (
        <p className="max-w-prose whitespace-pre-wrap break-words text-sm text-slate-700 dark:text-slate-300">{callback.notes}</p>
      ) : null}
    </header>
  );
}

/** The host and path of a link, without the scheme: "jobs.example.com/123". */
function displayLink(link: string): string {
  try {
    const url = new URL(link);
    const path = url.pathname === "/" ? "" : url.pathname;
    const text = `${url.host}${path}`;
    return text.length > 48 ? `${text.slice(0, 47)}…` : text;
  } catch {
    return link;
  }
}
