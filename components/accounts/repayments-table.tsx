"use client";
// The account's repayments, newest first (when, how much, through which channel), with "Load older".
import type { KeysetPage } from "@/lib/accounts/find-purchases";
import type { AccountRepayment } from "@/lib/accounts/find-repayments";
import { useI18n } from "@/lib/i18n/client";
import { MUTED_CLASS, TABLE_REGION_CLASS, TH_CLASS } from "./history-format";
import { LoadOlder, useOlderPages } from "./older-pages";

export interface RepaymentsTableProps {
  accountId: number;
  currency: string;
  /** The first page, read on the server (findRepayments). */
  initialPage: KeysetPage<AccountRepayment>;
}

export function RepaymentsTable({ accountId, currency, initialPage }: RepaymentsTableProps) {
  const { t, format } = useI18n();
  const { rows, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = useOlderPages("repayments", accountId, initialPage);
  return (
    <section aria-labelledby="account-repayments-heading" className="space-y-2">
      <h2 id="account-repayments-heading" className="text-lg font-semibold">{t("account.history.repayments.title")}</h2>
      {rows.length === 0 ? (
        <p className={MUTED_CLASS}>{t("account.history.repayments.empty")}</p>
      ) : (
        <div className={TABLE_REGION_CLASS}>
          <div role="region" aria-labelledby="account-repayments-heading" tabIndex={0} className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">{t("account.history.repayments.caption")}</caption>
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-700">
                  <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.repayments.col.when")}</th>
                  <th scope="col" className={`${TH_CLASS} text-right`}>{t("account.history.repayments.col.amount")}</th>
                  <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.repayments.col.channel")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((repayment) => (
                  <tr key={repayment.id} className="border-b border-slate-200 last:border-0 dark:border-slate-800">
                    <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(new Date(repayment.paidAt))}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{format.money(repayment.amount, currency)}</td>
                    <td className="px-3 py-2">{t(`account.history.channel.${repayment.channel}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadOlder count={rows.length} hasOlder={hasNextPage} loading={isFetchingNextPage} failed={isFetchNextPageError} onLoad={() => fetchNextPage()} />
        </div>
      )}
    </section>
  );
}
