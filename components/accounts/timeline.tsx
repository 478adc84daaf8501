"use client";
// The account's timeline: one stream, newest first, filtered by kind with toggle buttons and paged with "Load
// older" through GET /api/accounts/:id/timeline. The server renders the first page of every kind; other filters
// and older pages are React Query's (key ["account-timeline", accountId, kinds]), which the notes form
// invalidates after adding a note.
import { useInfiniteQuery } from "@tanstack/react-query";
import { useId, useRef, useState, type ReactNode } from "react";
import { kindsParam, TIMELINE_KINDS, type TimelineItem, type TimelineKind, type TimelinePage } from "@/lib/accounts/timeline";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { describeTimelineItem } from "./timeline-text";

export const timelineQueryKey = (accountId: number, kinds?: readonly TimelineKind[]) =>
  kinds ? ["account-timeline", accountId, kindsParam(kinds)] : ["account-timeline", accountId];

async function fetchTimeline(accountId: number, kinds: readonly TimelineKind[], before: string | null): Promise<TimelinePage> {
  const query = new URLSearchParams();
  const kindList = kindsParam(kinds);
  if (kindList) query.set("kinds", kindList);
  if (before) query.set("before", before);
  const response = await fetch(`/api/accounts/${accountId}/timeline?${query}`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`GET timeline: ${response.status}`);
  return response.json();
}

const BADGE_CLASS =
  "inline-flex w-20 shrink-0 justify-center rounded border border-slate-400 px-1.5 py-0.5 text-xs font-medium text-slate-800 dark:border-slate-500 dark:text-slate-200";
const CHIP_CLASS =
  "rounded-full border px-3 py-1 text-sm outline-none focus-visible:ring-2 focus-visible:ring-blue-700 dark:focus-visible:ring-sky-300 " +
  "border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 " +
  "aria-pressed:border-blue-700 aria-pressed:bg-blue-700 aria-pressed:text-white dark:aria-pressed:border-sky-300 dark:aria-pressed:bg-sky-300 dark:aria-pressed:text-slate-950";

export function AccountTimeline({ accountId, initialPage }: { accountId: number; initialPage: TimelinePage }) {
  const { t, format } = useI18n();
  const headingId = useId();
  // None chosen means every kind: the server's first page is that view.
  const [chosen, setChosen] = useState<TimelineKind[]>([]);
  const kinds = chosen.length > 0 ? chosen : TIMELINE_KINDS;
  const everything = chosen.length === 0;
  const query = useInfiniteQuery({
    queryKey: timelineQueryKey(accountId, kinds),
    queryFn: ({ pageParam }) => fetchTimeline(accountId, kinds, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    initialData: everything ? { pages: [initialPage], pageParams: [null] } : undefined,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const list = useRef<HTMLOListElement>(null);
  // Focus moves to the first older entry, so it is not lost when the button goes away at the oldest page.
  const loadOlder = async () => {
    const shown = items.length;
    await query.fetchNextPage();
    requestAnimationFrame(() => (list.current?.children[shown] as HTMLElement | undefined)?.focus());
  };
  const toggle = (kind: TimelineKind) =>
    setChosen((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : TIMELINE_KINDS.filter((k) => k === kind || current.includes(k))));

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("account.timeline.title")}
      </h2>
      <div role="group" aria-label={t("account.timeline.filter.label")} className="flex flex-wrap gap-2">
        <FilterChip pressed={everything} onClick={() => setChosen([])}>
          {t("account.timeline.filter.all")}
        </FilterChip>
        {TIMELINE_KINDS.map((kind) => (
          <FilterChip key={kind} pressed={chosen.includes(kind)} onClick={() => toggle(kind)}>
            {t(`account.timeline.kind.${kind}`)}
          </FilterChip>
        ))}
      </div>
      {query.isPending ? (
        <p role="status">{t("account.timeline.loading")}</p>
      ) : items.length === 0 && !query.isError ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t(everything ? "account.timeline.empty" : "account.timeline.emptyFiltered")}</p>
      ) : (
        <ol ref={list} className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white dark:divide-slate-800 dark:border-slate-700 dark:bg-slate-900">
          {items.map((item) => (
            <TimelineEntry key={item.key} item={item} />
          ))}
        </ol>
      )}
      {query.isError && (
        <div role="alert" className="flex items-center gap-3 text-sm text-red-800 dark:text-red-300">
          {t("account.timeline.loadFailed")}
          <Button variant="secondary" onClick={() => void query.refetch()}>
            {t("account.timeline.retry")}
          </Button>
        </div>
      )}
      <div className="flex items-center gap-3 text-sm">
        {query.hasNextPage && (
          <Button variant="secondary" disabled={query.isFetchingNextPage} onClick={() => void loadOlder()}>
            {t(query.isFetchingNextPage ? "account.timeline.loadingOlder" : "account.timeline.loadOlder")}
          </Button>
        )}
        <p aria-live="polite" className="text-slate-600 dark:text-slate-400">
          {items.length > 0 && !query.isFetching && t("account.timeline.shown", { count: format.count(items.length) })}
          {items.length > 0 && !query.hasNextPage && !query.isFetching && ` ${t("account.timeline.end")}`}
        </p>
      </div>
    </section>
  );
}

/** A toggle button; pressed is shown by a tick as well as by the fill, not by colour alone. */
function FilterChip(props: { pressed: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" aria-pressed={props.pressed} className={CHIP_CLASS} onClick={props.onClick}>
      {props.pressed && <span aria-hidden="true">✓ </span>}
      {props.children}
    </button>
  );
}

function TimelineEntry({ item }: { item: TimelineItem }) {
  const { t, format } = useI18n();
  const text = describeTimelineItem(item, t, format);
  // A missed bill is a calendar day, not an instant: shown as the date it is in any zone.
  const when = item.kind === "STATEMENT" ? format.calendarDate(new Date(item.at)) : format.dateTime(new Date(item.at));
  return (
    <li
      tabIndex={-1}
      className="flex flex-col gap-1 px-4 py-3 text-sm outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-blue-700 sm:flex-row sm:gap-4 dark:focus-visible:ring-sky-300"
    >
      <div className="flex shrink-0 items-start gap-3 sm:w-64">
        <span className={BADGE_CLASS}>{t(`account.timeline.badge.${item.kind}`)}</span>
        <time dateTime={item.at} className="text-slate-600 tabular-nums dark:text-slate-400">
          {when}
        </time>
      </div>
      <div className="min-w-0 space-y-1">
        <p>{text.sentence}</p>
        {text.details.length > 0 && <p className="text-slate-600 dark:text-slate-400">{text.details.join(" ")}</p>}
        {text.quote && (
          <blockquote className="line-clamp-3 border-l-2 border-slate-300 pl-3 break-words whitespace-pre-wrap text-slate-700 dark:border-slate-600 dark:text-slate-300">
            {text.quote}
          </blockquote>
        )}
      </div>
    </li>
  );
}
