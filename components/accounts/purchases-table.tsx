"use client";
// The account's purchases, newest first, with "Load older". Purchases that are evidence for a flag (the
// `highlighted` prop, e.g. CASH_OUT's) get a tinted row AND a text badge naming the rule; watch-listed merchants a
// text badge too, so colour is never the only signal.
import type { AccountPurchase, KeysetPage } from "@/lib/accounts/find-purchases";
import type { RuleCode } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { BADGE_CLASS, MUTED_CLASS, ruleNames, TABLE_REGION_CLASS, TH_CLASS } from "./history-format";
import { LoadOlder, useOlderPages } from "./older-pages";

export interface PurchasesTableProps {
  accountId: number;
  currency: string;
  /** The first page, read on the server (findPurchases). */
  initialPage: KeysetPage<AccountPurchase>;
  /** Purchase id -> the rules it is evidence for. */
  highlighted: Record<string, RuleCode[]>;
}

export function PurchasesTable({ accountId, currency, initialPage, highlighted }: PurchasesTableProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { rows, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = useOlderPages("purchases", accountId, initialPage);
  return (
    <section aria-labelledby="account-purchases-heading" className="space-y-2">
      <h2 id="account-purchases-heading" className="text-lg font-semibold">{t("account.history.purchases.title")}</h2>
      {rows.length === 0 ? (
        <p className={MUTED_CLASS}>{t("account.history.purchases.empty")}</p>
      ) : (
        <div className={TABLE_REGION_CLASS}>
          <div role="region" aria-labelledby="account-purchases-heading" tabIndex={0} className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">{t("account.history.purchases.caption")}</caption>
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-700">
                  <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.purchases.col.when")}</th>
                  <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.purchases.col.merchant")}</th>
                  <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.purchases.col.category")}</th>
                  <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.purchases.col.channel")}</th>
                  <th scope="col" className={`${TH_CLASS} text-right`}>{t("account.history.purchases.col.amount")}</th>
                  <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.purchases.col.flags")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((purchase) => {
                  const rules = highlighted[purchase.id] ?? [];
                  return (
                    <tr
                      key={purchase.id}
                      className={`border-b border-slate-200 last:border-0 dark:border-slate-800 ${rules.length ? "bg-amber-50 dark:bg-amber-950/40" : ""}`}
                    >
                      <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(new Date(purchase.occurredAt))}</td>
                      <td className="px-3 py-2">
                        <span className="flex flex-wrap items-center gap-1.5">
                          {purchase.merchant.name}
                          {purchase.merchant.watchListed && <span className={BADGE_CLASS}>{t("account.history.purchases.watchListed")}</span>}
                        </span>
                      </td>
                      <td className="px-3 py-2">{purchase.category}</td>
                      <td className="px-3 py-2">{t(`account.history.channel.${purchase.channel}`)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{format.money(purchase.amount, currency)}</td>
                      <td className="px-3 py-2">
                        {rules.length > 0 && (
                          <span className="flex flex-wrap gap-1">
                            <span className="sr-only">{t("account.history.purchases.highlighted")}: </span>
                            {ruleNames(i18n, rules).map((name) => (
                              <span key={name} className={BADGE_CLASS}>{name}</span>
                            ))}
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <LoadOlder count={rows.length} hasOlder={hasNextPage} loading={isFetchingNextPage} failed={isFetchNextPageError} onLoad={() => fetchNextPage()} />
        </div>
      )}
    </section>
  );
}
