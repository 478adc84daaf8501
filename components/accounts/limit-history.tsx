// The account's credit limit changes, newest first: when, from what to what (raised or reduced said in words), why
// and by whom. The system's own reasons are translated; officers' reasons are shown as they wrote them.
import type { LimitChange, LimitHistoryPage } from "@/lib/accounts/find-limit-history";
import type { MessageKey } from "@/lib/i18n/translate";
import { toCents } from "@/lib/rules/money";
import { instantText, type SectionI18n } from "./evidence-format";

/** The reasons the seeders and importers write (lib/portfolio/limit-history.ts, lib/uci/import-uci.ts). */
const SYSTEM_REASONS: Record<string, MessageKey> = {
  "initial limit": "account.limits.reasonText.initial",
  "periodic review increase": "account.limits.reasonText.periodic",
  "limit increase application approved": "account.limits.reasonText.application",
  "UCI import: the credit limit given in the data set": "account.limits.reasonText.uci",
};

const th = "px-3 py-2 text-left font-medium text-slate-700 dark:text-slate-300";

function changeText(change: LimitChange, currency: string, { t, format }: SectionI18n) {
  const amount = format.money(change.amount, currency);
  if (change.previousAmount === null) return t("account.limits.initial", { amount });
  const previous = format.money(change.previousAmount, currency);
  const diff = toCents(change.amount) - toCents(change.previousAmount);
  if (diff === BigInt(0)) return t("account.limits.unchanged", { amount });
  return t(diff > BigInt(0) ? "account.limits.raised" : "account.limits.reduced", { previous, amount });
}

export function LimitHistory({ page, currency, i18n }: { page: LimitHistoryPage; currency: string; i18n: SectionI18n }) {
  const { t, format } = i18n;
  return (
    <section aria-labelledby="account-limits-heading" className="space-y-2">
      <h2 id="account-limits-heading" className="text-lg font-semibold">
        {t("account.limits.title")}
      </h2>
      {page.changes.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("account.limits.none")}</p>
      ) : (
        <div role="region" aria-labelledby="account-limits-heading" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-300 bg-white focus-visible:ring-2 focus-visible:ring-blue-700 dark:border-slate-700 dark:bg-slate-900 dark:focus-visible:ring-sky-300">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("account.limits.caption")}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className={th}>{t("account.limits.when")}</th>
                <th scope="col" className={th}>{t("account.limits.change")}</th>
                <th scope="col" className={th}>{t("account.limits.reason")}</th>
                <th scope="col" className={th}>{t("account.limits.by")}</th>
              </tr>
            </thead>
            <tbody>
              {page.changes.map((change) => {
                const systemReason = SYSTEM_REASONS[change.reason];
                return (
                  <tr key={change.id} className="border-b border-slate-200 last:border-0 dark:border-slate-800">
                    <td className="px-3 py-2 whitespace-nowrap">{instantText(i18n, change.changedAt)}</td>
                    <td className="px-3 py-2 tabular-nums">{changeText(change, currency, i18n)}</td>
                    <td className="px-3 py-2">{systemReason ? t(systemReason) : change.reason}</td>
                    <td className="px-3 py-2">{change.changedBy?.name ?? t("account.limits.system")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {page.nextCursor && <p className="text-sm text-slate-600 dark:text-slate-400">{t("account.limits.more", { count: format.count(page.changes.length) })}</p>}
    </section>
  );
}
