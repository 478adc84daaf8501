"use client";
// The queue's filters, search and order. Choosing from a list applies at once; the search and the ranges apply on
// Enter or "Apply". Everything goes into the URL (./use-queue.ts), values checked by the same parser as the server's;
// each option shows how many open cases it selects. Without JavaScript the form is a plain GET of /queue.
import type { FormEvent, RefObject } from "react";
import { buttonClass } from "@/components/ui/button";
import { RuleCode, Severity } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";
import { serializeQueueView, withFilterValues, withOrder, type QueueView } from "@/lib/queue/filters";
import type { QueueCounts } from "@/lib/queue/queries";
import { ASSIGNEE_FILTERS, OPEN_CASE_STATUSES, PRODUCTS, SLA_FILTERS } from "@/lib/queue/schemas";
import { QUEUE_SORTS, SORT_DIRECTIONS } from "@/lib/queue/sorts";
import { queueHref } from "./use-queue";
import { regionName } from "./region-name";

type ChoiceFilter = "rule" | "severity" | "status" | "assignee" | "sla" | "product" | "region";
type TypedFilter = "q" | "dpdMin" | "dpdMax" | "balanceMin" | "balanceMax";

const fieldClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";
const labelClass = "block text-sm font-medium text-slate-700 dark:text-slate-300";

export function QueueFilterForm(props: {
  view: QueueView;
  counts: QueueCounts | undefined;
  navigate: (view: QueueView) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { view, counts, navigate, searchRef } = props;
  const { t, format, locale } = useI18n();
  const option = (label: string, count: number | undefined) =>
    count === undefined ? label : t("queue.filters.option", { label, count: format.count(count) });

  const choices: { name: ChoiceFilter; label: MessageKey; options: { value: string; label: string }[] }[] = [
    { name: "rule", label: "queue.filters.rule", options: Object.values(RuleCode).map((v) => ({ value: v, label: option(t(`queue.rule.${v}`), counts?.rule[v]) })) },
    { name: "severity", label: "queue.filters.severity", options: Object.values(Severity).map((v) => ({ value: v, label: option(t(`queue.severity.${v}`), counts?.severity[v]) })) },
    { name: "status", label: "queue.filters.status", options: OPEN_CASE_STATUSES.map((v) => ({ value: v, label: option(t(`queue.caseStatus.${v}`), counts?.status[v]) })) },
    { name: "assignee", label: "queue.filters.assignee", options: ASSIGNEE_FILTERS.map((v) => ({ value: v, label: option(t(`queue.filters.assignee.${v}`), counts?.assignee[v]) })) },
    { name: "sla", label: "queue.filters.sla", options: SLA_FILTERS.map((v) => ({ value: v, label: option(t(`queue.filters.sla.${v}`), counts?.sla[v]) })) },
    { name: "product", label: "queue.filters.product", options: PRODUCTS.map((v) => ({ value: v, label: option(t(`queue.product.${v}`), counts?.product[v]) })) },
    {
      name: "region",
      label: "queue.filters.region",
      // The regions with open cases, and the chosen one even when it has none left.
      options: [...new Set([...Object.keys(counts?.region ?? {}), ...(view.filters.region ? [view.filters.region] : [])])]
        .map((code) => ({ value: code, label: option(regionName(code, locale), counts?.region[code] ?? 0) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    },
  ];
  const typed: { name: TypedFilter; label: MessageKey; inputMode: "numeric" | "decimal" }[] = [
    { name: "dpdMin", label: "queue.filters.dpdMin", inputMode: "numeric" },
    { name: "dpdMax", label: "queue.filters.dpdMax", inputMode: "numeric" },
    { name: "balanceMin", label: "queue.filters.balanceMin", inputMode: "decimal" },
    { name: "balanceMax", label: "queue.filters.balanceMax", inputMode: "decimal" },
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const names: TypedFilter[] = ["q", ...typed.map((field) => field.name)];
    navigate(withFilterValues(view, Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")]))));
  };
  // Typed fields start from the URL's values; the key re-creates them when the URL changes (back, clear).
  const formKey = serializeQueueView({ filters: view.filters, sort: view.sort, dir: view.dir });

  return (
    <form key={formKey} role="search" action="/queue" method="get" onSubmit={submit} aria-label={t("queue.filters.label")} className="mb-4 space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="queue-search" className={labelClass}>
            {t("queue.search.label")} <kbd className="ml-1 rounded border border-slate-400 px-1 text-xs dark:border-slate-500">/</kbd>
          </label>
          <input
            ref={searchRef}
            id="queue-search"
            name="q"
            type="search"
            maxLength={40}
            defaultValue={view.filters.q ?? ""}
            aria-describedby="queue-search-hint"
            className={fieldClass}
          />
          <p id="queue-search-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {t("queue.search.hint")}
          </p>
        </div>
        <OrderSelects view={view} navigate={navigate} />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
        {choices.map((choice) => (
          <div key={choice.name}>
            <label htmlFor={`queue-filter-${choice.name}`} className={labelClass}>
              {t(choice.label)}
            </label>
            <select
              id={`queue-filter-${choice.name}`}
              name={choice.name}
              value={view.filters[choice.name] ?? ""}
              onChange={(event) => navigate(withFilterValues(view, { [choice.name]: event.target.value }))}
              className={fieldClass}
            >
              <option value="">{t("queue.filters.any")}</option>
              {choice.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        {typed.map((field) => (
          <div key={field.name} className="w-40">
            <label htmlFor={`queue-filter-${field.name}`} className={labelClass}>
              {t(field.label)}
            </label>
            <input
              id={`queue-filter-${field.name}`}
              name={field.name}
              inputMode={field.inputMode}
              defaultValue={view.filters[field.name] ?? ""}
              className={fieldClass}
            />
          </div>
        ))}
        <button type="submit" className={buttonClass("secondary")}>
          {t("queue.filters.apply")}
        </button>
        <a href={queueHref({ filters: {}, sort: view.sort, dir: view.dir })} onClick={(event) => {
          event.preventDefault();
          navigate({ filters: {}, sort: view.sort, dir: view.dir });
        }} className="py-1.5 text-sm font-medium text-blue-700 underline dark:text-sky-300">
          {t("queue.filters.clear")}
        </a>
        <p className="ml-auto py-1.5 text-xs text-slate-600 dark:text-slate-400">{t("queue.filters.countsNote")}</p>
      </div>
    </form>
  );
}

function OrderSelects({ view, navigate }: { view: QueueView; navigate: (view: QueueView) => void }) {
  const { t } = useI18n();
  return (
    <>
      <div>
        <label htmlFor="queue-sort" className={labelClass}>
          {t("queue.sort.label")}
        </label>
        <select
          id="queue-sort"
          name="sort"
          value={view.sort}
          onChange={(event) => navigate(withOrder(view, QUEUE_SORTS.find((sort) => sort === event.target.value) ?? view.sort))}
          className={fieldClass}
        >
          {QUEUE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`queue.sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="queue-dir" className={labelClass}>
          {t("queue.sort.direction")}
        </label>
        <select
          id="queue-dir"
          name="dir"
          value={view.dir}
          onChange={(event) => navigate(withOrder(view, view.sort, SORT_DIRECTIONS.find((dir) => dir === event.target.value) ?? view.dir))}
          className={fieldClass}
        >
          {SORT_DIRECTIONS.map((dir) => (
            <option key={dir} value={dir}>
              {t(`queue.sort.${dir}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
