// The figures behind one flag, per rule, in the viewer's language: the statements, purchases (with their merchants),
// lenders, applications, scores and contact attempts the rule saw. Evidence that did not match its rule's shape
// shows the rule's own English summary instead, marked as English.
import type { ReactNode } from "react";
import type { AccountFlag } from "@/lib/accounts/find-account-flags";
import type { EvidenceByRule } from "@/lib/accounts/flag-evidence";
import { dayText, instantText, percentText } from "./evidence-format";
import { applicationBurstFigures, cashOutFigures, List, multiLendingFigures, type FigureProps } from "./evidence-rows";

const FIGURES: { [K in keyof EvidenceByRule]: (evidence: EvidenceByRule[K], props: FigureProps) => ReactNode } = {
  SEVERE_OVERDUE: (e, { i18n }) => {
    const { t, format } = i18n;
    return (
      <>
        {e.reasons.includes("CURRENT_DPD") && <p>{t("account.evidence.severe.currentDpd", { dpd: format.count(e.currentDpd), date: e.dpdAsOf ? dayText(i18n, e.dpdAsOf) : "–" })}</p>}
        {e.reasons.includes("OVERDUE_STATEMENTS") && (
          <>
            <p>{t("account.evidence.severe.statements", { count: format.count(e.overdueStatements.length), considered: format.count(e.statementsConsidered) })}</p>
            <List>
              {e.overdueStatements.map((s) => (
                <li key={s.cycleDate}>{t("account.evidence.severe.statement", { date: dayText(i18n, s.cycleDate), dpd: format.count(s.dpd) })}</li>
              ))}
            </List>
          </>
        )}
      </>
    );
  },
  CASH_OUT: (e, props) => cashOutFigures(e, props),
  MULTI_LENDING: (e, props) => multiLendingFigures(e, props),
  HIGH_UTILISATION: (e, { currency, i18n }) => {
    const { t, format } = i18n;
    return (
      <>
        <p>{t("account.evidence.utilisation.intro", { count: format.count(e.statements.length) })}</p>
        <List>
          {e.statements.map((s) => (
            <li key={s.cycleDate}>
              {t("account.evidence.utilisation.statement", {
                date: dayText(i18n, s.cycleDate),
                balance: format.money(s.balance, currency),
                limit: format.money(s.limit, currency),
                percent: percentText(i18n, s.utilisationPercent),
              })}
            </li>
          ))}
        </List>
      </>
    );
  },
  LIMIT_APPLICATION_BURST: (e, props) => applicationBurstFigures(e, props),
  SCORE_DROP: (e, { i18n }) => {
    const { t, format } = i18n;
    return (
      <>
        {e.reasons.includes("BELOW_THRESHOLD") && <p>{t("account.evidence.score.below", { score: format.count(e.latest.score), date: dayText(i18n, e.latest.scoredAt) })}</p>}
        {e.reasons.includes("DROP") && (
          <p>
            {t("account.evidence.score.drop", {
              drop: format.count(e.drop),
              peak: format.count(e.peak.score),
              peakDate: dayText(i18n, e.peak.scoredAt),
              latest: format.count(e.latest.score),
              latestDate: dayText(i18n, e.latest.scoredAt),
            })}
          </p>
        )}
      </>
    );
  },
  CONTACT_LOST: (e, { data, i18n }) => {
    const { t, format } = i18n;
    const attempts = (e.unreachable?.eventIds ?? []).flatMap((id) => (data.contactEvents[id] ? [data.contactEvents[id]] : []));
    return (
      <>
        <p>{t("account.evidence.contact.dpd", { dpd: format.count(e.currentDpd), date: e.dpdAsOf ? dayText(i18n, e.dpdAsOf) : "–" })}</p>
        {e.uninstalled && <p>{t("account.evidence.contact.uninstalled", { date: instantText(i18n, e.uninstalled.occurredAt) })}</p>}
        {e.unreachable && (
          <>
            <p>{t("account.evidence.contact.unreachable", { date: instantText(i18n, e.unreachable.since), count: format.count(e.unreachable.eventIds.length) })}</p>
            <List>
              {attempts.map((a) => (
                <li key={a.id}>
                  {instantText(i18n, a.occurredAt)}: {t(`account.evidence.contactKind.${a.kind}`)}
                  {a.detail && <span lang="en"> ({a.detail})</span>}
                </li>
              ))}
            </List>
          </>
        )}
      </>
    );
  },
};

function figuresOf<K extends keyof EvidenceByRule>(rule: K, evidence: EvidenceByRule[K], props: FigureProps): ReactNode {
  return FIGURES[rule](evidence, props);
}

export function FlagFigures({ flag, ...props }: FigureProps & { flag: AccountFlag }) {
  if (flag.evidence) return figuresOf(flag.rule, flag.evidence as EvidenceByRule[typeof flag.rule], props);
  return (
    <>
      <p className="text-slate-600 dark:text-slate-400">{props.i18n.t("account.evidence.summaryOnly")}</p>
      {flag.summary && <p lang="en">{flag.summary}</p>}
    </>
  );
}
