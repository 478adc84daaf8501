"use client";
// Why the queue is empty: there are no open cases at all, or none match the view's filters (with a way back).
import { useI18n } from "@/lib/i18n/client";
import type { QueueView } from "@/lib/queue/filters";
import { queueHref } from "./use-queue";

export function QueueEmpty(props: { filtered: boolean; total: number | undefined; view: QueueView; navigate: (view: QueueView) => void }) {
  const { t, format } = useI18n();
  const cleared: QueueView = { filters: {}, sort: props.view.sort, dir: props.view.dir };
  return (
    <section aria-labelledby="queue-empty-title" className="rounded-lg border border-dashed border-slate-400 p-8 text-center dark:border-slate-600">
      <h2 id="queue-empty-title" className="text-lg font-semibold">
        {t(props.filtered ? "queue.empty.filtered.title" : "queue.empty.none.title")}
      </h2>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {props.filtered
          ? props.total !== undefined && t("queue.empty.filtered.body", { total: format.count(props.total) })
          : t("queue.empty.none.body")}
      </p>
      {props.filtered && (
        <a
          href={queueHref(cleared)}
          onClick={(event) => {
            event.preventDefault();
            props.navigate(cleared);
          }}
          className="mt-4 inline-block font-medium text-blue-700 underline dark:text-sky-300"
        >
          {t("queue.filters.clear")}
        </a>
      )}
    </section>
  );
}
