import type { Metadata } from "next";
import Link from "next/link";
import { CallbackFilters } from "@/components/callbacks/callback-filters";
import { CallbackList } from "@/components/callbacks/callback-list";
import { toCallbackRowView } from "@/components/callbacks/callback-row-view";
import { NoCallbacksYet, NoMatches } from "@/components/callbacks/list-empty-state";
import { ListPagination } from "@/components/callbacks/list-pagination";
import { CALLBACKS_PATH, firstValues, hasActiveFilters, listHref, NEW_CALLBACK_PATH } from "@/components/callbacks/list-query";
import { buttonClasses } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { requireUser } from "@/lib/auth";
import { listRequestAreas } from "@/lib/server/areas/list-request-areas";
import { listCallbacks } from "@/lib/server/callbacks/list-callbacks";
import { listCallbacksSchema } from "@/lib/validation/callbacks";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Callbacks" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CallbacksPage({ searchParams }: Props) {
  const params = firstValues(await searchParams);
  const search = new URLSearchParams(params).toString();
  const user = await requireUser(search ? `${CALLBACKS_PATH}?${search}` : CALLBACKS_PATH);
  const query = listCallbacksSchema.parse(params);
  const now = new Date();
  const [result, areas] = await Promise.all([listCallbacks(user, query, now), listRequestAreas(user.id)]);
  const isFiltered = hasActiveFilters(query);
  // An empty filtered page needs to know whether there is anything at all, to teach or to clear.
  const hasAny = result.total > 0 || (isFiltered && (await listCallbacks(user, { state: "ALL", sort: "newest" }, now)).total > 0);

  return (
    <div className="space-y-6">
      <PageHeader
        title="Callbacks"
        description="Every bet you are waiting on: who owes the reply, how likely a yes is, and when it times out."
        actions={
          <Link href={NEW_CALLBACK_PATH} className={buttonClasses("primary")}>
            <span aria-hidden="true">+</span> New callback
          </Link>
        }
      />

      {params.deleted === "1" ? <FormMessage tone="success">Callback deleted.</FormMessage> : null}

      {hasAny ? (
        <CallbackFilters
          key={listHref(query, { cursor: null })}
          query={query}
          areas={areas.map(({ id, name, isArchived }) => ({ id, name, isArchived }))}
          showClear={result.total > 0}
        />
      ) : null}

      {result.total > 0 ? (
        <>
          <CallbackList rows={result.items.map((item) => toCallbackRowView(item, now, user.timeZone))} />
          <ListPagination
            query={query}
            first={result.first}
            shown={result.items.length}
            total={result.total}
            prevCursor={result.prevCursor}
            nextCursor={result.nextCursor}
          />
        </>
      ) : hasAny ? (
        <NoMatches
          clearHref={listHref({ sort: query.sort })}
          allHref={listHref({ sort: query.sort, state: "ALL" })}
          isOnlyOpenFilter={query.state === "OPEN" && !query.areaId && !query.kind && !query.lateness && !query.q}
        />
      ) : (
        <NoCallbacksYet />
      )}
    </div>
  );
}
