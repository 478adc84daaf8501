"use client";
// Keyset paging: first, previous and next page links whose cursors come with the page. Plain links (they open in a
// new tab and work without JavaScript) that otherwise change the view in place.
import type { MouseEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import type { QueueView } from "@/lib/queue/filters";
import { queueHref } from "./use-queue";

export function QueuePagination(props: {
  view: QueueView;
  count: number;
  prevCursor: string | null;
  nextCursor: string | null;
  navigate: (view: QueueView) => void;
}) {
  const { view, count, prevCursor, nextCursor, navigate } = props;
  const { t, format } = useI18n();
  const base = { filters: view.filters, sort: view.sort, dir: view.dir };
  const links: { key: string; label: string; target: QueueView }[] = [
    ...(prevCursor
      ? [
          { key: "first", label: t("queue.pages.first"), target: base },
          { key: "previous", label: t("pagination.previous"), target: { ...base, before: prevCursor } },
        ]
      : []),
    ...(nextCursor ? [{ key: "next", label: t("pagination.next"), target: { ...base, after: nextCursor } }] : []),
  ];
  const follow = (target: QueueView) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(target);
  };
  return (
    <nav aria-label={t("pagination.label")} className="mt-4 flex flex-wrap items-center justify-between gap-4 text-sm">
      <p>{t("queue.pages.showing", { count: format.count(count) })}</p>
      <div className="flex gap-2">
        {links.map((link) => (
          <a key={link.key} href={queueHref(link.target)} onClick={follow(link.target)} className={buttonClass("secondary")}>
            {link.label}
          </a>
        ))}
      </div>
    </nav>
  );
}
