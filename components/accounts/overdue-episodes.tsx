// The account's overdue episodes, newest first: when each began, how bad it got and when, what was overdue at that
// point, and when it was cured (or that it is still open, said in words). A server component; the definitions are
// lib/accounts/overdue-episodes.ts's, summarised for officers under the heading.
import type { OverdueEpisode } from "@/lib/accounts/overdue-episodes";
import { getTranslator } from "@/lib/i18n/server";
import { BADGE_CLASS, calendarDateText, dpdText, MUTED_CLASS, TABLE_REGION_CLASS, TH_CLASS } from "./history-format";

export interface OverdueEpisodesProps {
  episodes: OverdueEpisode[];
  currency: string;
}

export async function OverdueEpisodes({ episodes, currency }: OverdueEpisodesProps) {
  const i18n = await getTranslator();
  const { t, format } = i18n;
  return (
    <section aria-labelledby="account-episodes-heading" className="space-y-2">
      <h2 id="account-episodes-heading" className="text-lg font-semibold">{t("account.history.episodes.title")}</h2>
      <p className={MUTED_CLASS}>{t("account.history.episodes.note")}</p>
      {episodes.length === 0 ? (
        <p className={MUTED_CLASS}>{t("account.history.episodes.empty")}</p>
      ) : (
        <div role="region" aria-labelledby="account-episodes-heading" tabIndex={0} className={TABLE_REGION_CLASS}>
          <table className="w-full text-sm">
            <caption className="sr-only">{t("account.history.episodes.caption")}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.episodes.col.start")}</th>
                <th scope="col" className={`${TH_CLASS} text-right`}>{t("account.history.episodes.col.worst")}</th>
                <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.episodes.col.worstOn")}</th>
                <th scope="col" className={`${TH_CLASS} text-right`}>{t("account.history.episodes.col.amount")}</th>
                <th scope="col" className={`${TH_CLASS} text-right`}>{t("account.history.episodes.col.statements")}</th>
                <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.episodes.col.cured")}</th>
              </tr>
            </thead>
            <tbody>
              {episodes.map((episode) => (
                <tr key={episode.start} className="border-b border-slate-200 last:border-0 dark:border-slate-800">
                  <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">{calendarDateText(i18n, episode.start)}</th>
                  <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{dpdText(i18n, episode.worstDpd, episode.worstBucket)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{calendarDateText(i18n, episode.worstOn)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.money(episode.amount, currency)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.count(episode.statementCount)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {episode.curedOn ? calendarDateText(i18n, episode.curedOn) : <span className={BADGE_CLASS}>{t("account.history.episodes.open")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
