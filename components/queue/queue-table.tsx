"use client";
// The queue's table: one row per case, the focused row marked for keyboard work (j/k move, Enter details, c claim;
// see ./queue-screen.tsx; the account id opens the account page), an inline details row when opened, and selection boxes for senior officers.
import Link from "next/link";
import type { RefObject } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { QueueRow } from "@/lib/queue/queries";
import { CaseActions, type QueueAbilities } from "./case-actions";
import { CaseDetails } from "./case-details";
import { SeverityChip } from "./severity-chip";
import { SlaCountdown } from "./sla-countdown";

const cell = "px-3 py-2 align-top";
const numeric = `${cell} text-right tabular-nums`;

export function QueueTable(props: {
  rows: QueueRow[];
  viewer: { id: number; name: string };
  abilities: QueueAbilities;
  officers: { id: number; name: string }[];
  now: number;
  busy: boolean;
  active: number;
  onActivate: (index: number) => void;
  rowRefs: RefObject<(HTMLTableRowElement | null)[]>;
  expanded: ReadonlySet<number>;
  onToggleDetails: (caseId: number) => void;
  selected: ReadonlySet<number>;
  onSelect: (caseIds: number[], selected: boolean) => void;
  onClaim: (caseId: number) => void;
  onRelease: (caseId: number) => void;
  onReassign: (input: { caseId: number; version: number; assigneeId: number }) => void;
}) {
  const { rows, viewer, abilities, now, active, expanded, selected } = props;
  const { t, format } = useI18n();
  const actions = abilities.work || abilities.assign;
  const columns: { label: string; numeric?: boolean }[] = [
    { label: t("queue.col.account") },
    { label: t("queue.col.customer") },
    { label: t("queue.col.product") },
    { label: t("queue.col.accountStatus") },
    { label: t("queue.col.flags") },
    { label: t("queue.col.dpd"), numeric: true },
    { label: t("queue.col.outstanding"), numeric: true },
    { label: t("queue.col.limit"), numeric: true },
    { label: t("queue.col.sla") },
    { label: t("queue.col.assignee") },
  ];
  const width = columns.length + (abilities.assign ? 1 : 0) + (actions ? 1 : 0);
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.caseId));

  return (
    <div role="region" aria-labelledby="queue-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900">
      <table className="w-full text-sm">
        <caption id="queue-caption" className="px-3 pt-3 pb-2 text-left">
          <h2 className="text-base font-semibold">{t("queue.caption")}</h2>
        </caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            {abilities.assign && (
              <th scope="col" className={cell}>
                <input
                  type="checkbox"
                  checked={allSelected}
                  onChange={(event) => props.onSelect(rows.map((row) => row.caseId), event.target.checked)}
                  aria-label={t("queue.row.selectPage")}
                />
              </th>
            )}
            {columns.map((column) => (
              <th key={column.label} scope="col" className={`${cell} whitespace-nowrap font-medium text-slate-700 dark:text-slate-300 ${column.numeric ? "text-right" : "text-left"}`}>
                {column.label}
              </th>
            ))}
            {actions && (
              <th scope="col" className={`${cell} text-left font-medium text-slate-700 dark:text-slate-300`}>
                {t("queue.col.actions")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const open = expanded.has(row.caseId);
            const detailsId = `case-details-${row.caseId}`;
            return [
              <tr
                key={row.caseId}
                ref={(element) => {
                  props.rowRefs.current[index] = element;
                }}
                tabIndex={index === active ? 0 : -1}
                aria-current={index === active ? "true" : undefined}
                data-case-id={row.caseId}
                onFocus={() => props.onActivate(index)}
                className="border-b border-slate-200 outline-none last:border-0 focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-blue-700 aria-[current=true]:bg-blue-50 dark:border-slate-800 dark:focus-visible:ring-sky-300 dark:aria-[current=true]:bg-slate-800"
              >
                {abilities.assign && (
                  <td className={cell}>
                    <input
                      type="checkbox"
                      checked={selected.has(row.caseId)}
                      onChange={(event) => props.onSelect([row.caseId], event.target.checked)}
                      aria-label={t("queue.row.select", { caseId: row.caseId })}
                    />
                  </td>
                )}
                <td className={cell}>
                  <div className="flex items-start gap-2">
                    <button
                      type="button"
                      onClick={() => props.onToggleDetails(row.caseId)}
                      aria-expanded={open}
                      aria-controls={open ? detailsId : undefined}
                      aria-label={t(open ? "queue.row.hideDetails" : "queue.row.showDetails", { caseId: row.caseId })}
                      className="rounded px-1 text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-700"
                    >
                      <span aria-hidden="true">{open ? "▾" : "▸"}</span>
                    </button>
                    <div>
                      <Link
                        href={`/accounts/${row.accountId}`}
                        className="font-mono text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-sky-300 dark:hover:text-sky-200"
                        aria-label={t("queue.row.openAccount", { accountId: row.accountId })}
                        data-testid="account-id"
                      >
                        {row.accountId}
                      </Link>
                      <div className="mt-1">
                        <SeverityChip severity={row.severity} />
                      </div>
                    </div>
                  </div>
                </td>
                <td className={cell}>
                  <div>{row.customerName}</div>
                  <div className="font-mono text-xs text-slate-600 dark:text-slate-400">{row.phone}</div>
                </td>
                <td className={cell}>
                  {[row.hasCreditLine && t("queue.product.CREDIT_LINE"), row.hasCashLoan && t("queue.product.CASH_LOAN")].filter(Boolean).join(" · ")}
                </td>
                <td className={`${cell} whitespace-nowrap`}>{t(`status.${row.accountStatus}`)}</td>
                <td className={cell}>
                  <div className="flex flex-wrap gap-1">
                    {row.flags.length === 0
                      ? t("queue.row.noFlags")
                      : row.flags.map((flag) => (
                          <SeverityChip key={flag.rule} severity={flag.severity}>
                            {t(`queue.rule.${flag.rule}`)}
                          </SeverityChip>
                        ))}
                  </div>
                </td>
                <td className={numeric}>
                  <div>{format.count(row.dpd)}</div>
                  <div className="text-xs text-slate-600 dark:text-slate-400">{t(`bucket.${row.bucket}`)}</div>
                </td>
                <td className={numeric}>{format.money(row.outstanding, row.currency)}</td>
                <td className={numeric}>{format.money(row.creditLimit, row.currency)}</td>
                <td className={`${cell} whitespace-nowrap`}>
                  <SlaCountdown dueAt={row.dueAt} now={now} />
                </td>
                <td className={`${cell} whitespace-nowrap`} data-testid="assignee">
                  {row.assignee === null
                    ? t("queue.row.unassigned")
                    : row.assignee.id === viewer.id
                      ? t("queue.row.you", { name: row.assignee.name })
                      : row.assignee.name}
                </td>
                {actions && (
                  <td className={cell}>
                    <CaseActions
                      row={row}
                      viewerId={viewer.id}
                      abilities={abilities}
                      officers={props.officers}
                      busy={props.busy}
                      onClaim={props.onClaim}
                      onRelease={props.onRelease}
                      onReassign={props.onReassign}
                    />
                  </td>
                )}
              </tr>,
              open && (
                <tr key={`${row.caseId}-details`} id={detailsId} className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-950">
                  <td colSpan={width} className="px-3 py-3">
                    <h3 className="sr-only">{t("queue.details.title", { caseId: row.caseId })}</h3>
                    <CaseDetails row={row} />
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
