// The account's statements, newest first: amounts, when the minimum was paid, the DPD (with its bucket) at the
// statement date and at due + 30 / 60 / 90, and the months that made a rule fire (a text badge and a row tint).
// A server component; older statements are a link to the same page with ?statementsBefore=<cycle date>.
import type { OverdueHistory as History } from "@/lib/accounts/find-overdue-history";
import { CHECKPOINT_DAYS } from "@/lib/accounts/statement-checkpoints";
import { bucketOf } from "@/lib/credit/buckets";
import type { RuleCode } from "@/lib/generated/prisma/enums";
import { getTranslator } from "@/lib/i18n/server";
import { BADGE_CLASS, calendarDateText, dpdText, MUTED_CLASS, ruleNames, TABLE_REGION_CLASS, TH_CLASS } from "./history-format";

/** The page's search parameter for the older statements (the cycle date the page starts before). */
export const STATEMENTS_BEFORE_PARAM = "statementsBefore";

export interface OverdueHistoryProps {
  history: History;
  /** Statements (by cycle date "YYYY-MM-DD") that made SEVERE_OVERDUE or HIGH_UTILISATION fire. */
  ruleMarks: Record<string, RuleCode[]>;
  /** True when showing an older page (the page was given ?statementsBefore=). */
  showingOlder?: boolean;
}

const link = "font-medium text-blue-800 underline underline-offset-2 dark:text-sky-300";

export async function OverdueHistory({ history, ruleMarks, showingOlder = false }: OverdueHistoryProps) {
  const i18n = await getTranslator();
  const { t, format } = i18n;
  const money = (amount: string) => format.money(amount, history.currency);
  return (
    <section aria-labelledby="account-history-heading" className="space-y-2">
      <h2 id="account-history-heading" className="text-lg font-semibold">{t("account.history.title")}</h2>
      <p className={MUTED_CLASS}>
        {history.dpdAsOf ? t("account.history.asOf", { date: calendarDateText(i18n, history.dpdAsOf) }) : t("account.history.asOfUnknown")}{" "}
        {t("account.history.checkpointNote")}
      </p>
      {history.statements.length === 0 ? (
        <p className={MUTED_CLASS}>{t("account.history.empty")}</p>
      ) : (
        <div role="region" aria-labelledby="account-history-heading" tabIndex={0} className={TABLE_REGION_CLASS}>
          <table className="w-full text-sm">
            <caption className="sr-only">{t("account.history.caption")}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.col.cycleDate")}</th>
                <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.col.dueDate")}</th>
                <th scope="col" className={`${TH_CLASS} text-right`}>{t("account.history.col.amountDue")}</th>
                <th scope="col" className={`${TH_CLASS} text-right`}>{t("account.history.col.minimumDue")}</th>
                <th scope="col" className={`${TH_CLASS} text-right`}>{t("account.history.col.amountPaid")}</th>
                <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.col.paidDate")}</th>
                <th scope="col" className={`${TH_CLASS} text-right`}>{t("account.history.col.dpd")}</th>
                {CHECKPOINT_DAYS.map((days) => (
                  <th key={days} scope="col" className={`${TH_CLASS} text-right`}>{t("account.history.col.checkpoint", { days })}</th>
                ))}
                <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.col.rules")}</th>
              </tr>
            </thead>
            <tbody>
              {history.statements.map((statement) => {
                const marks = ruleMarks[statement.cycleDate] ?? [];
                return (
                  <tr
                    key={statement.cycleDate}
                    className={`border-b border-slate-200 last:border-0 dark:border-slate-800 ${marks.length > 0 ? "bg-amber-50 dark:bg-amber-950/40" : ""}`}
                  >
                    <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">{calendarDateText(i18n, statement.cycleDate)}</th>
                    <td className="px-3 py-2 whitespace-nowrap">{calendarDateText(i18n, statement.dueDate)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{money(statement.amountDue)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{money(statement.minimumDue)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{money(statement.amountPaid)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {statement.paidDate ? calendarDateText(i18n, statement.paidDate) : t("account.history.notPaid")}
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{dpdText(i18n, statement.dpd, statement.bucket)}</td>
                    {statement.checkpoints.map((checkpoint) => (
                      <td key={checkpoint.afterDays} className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
                        {checkpoint.dpd === null ? (
                          <span className="text-slate-500 dark:text-slate-400">{t("account.history.notYet")}</span>
                        ) : (
                          dpdText(i18n, checkpoint.dpd, bucketOf(checkpoint.dpd))
                        )}
                      </td>
                    ))}
                    <td className="px-3 py-2">
                      {marks.length === 0 ? (
                        <span className="sr-only">{t("account.history.noRules")}</span>
                      ) : (
                        <span className="flex flex-wrap gap-1">
                          {ruleNames(i18n, marks).map((name) => (
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
      )}
      <p className="flex flex-wrap gap-4 text-sm">
        {history.olderBefore && (
          <a className={link} href={`?${STATEMENTS_BEFORE_PARAM}=${history.olderBefore}#account-history-heading`}>{t("account.history.older")}</a>
        )}
        {showingOlder && <a className={link} href="?#account-history-heading">{t("account.history.latest")}</a>}
      </p>
    </section>
  );
}
