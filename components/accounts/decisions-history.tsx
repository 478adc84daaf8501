// The account's decisions, newest first: what was decided and its state, the parameters (new limit, freeze end,
// closure reason), the reasons and notes, who proposed and who decided when, and links between a decision and its
// reversal. Each decision is an article with an anchor, so reversal links move focus to the decision they name.
import type { AccountDecision, DecisionsPage } from "@/lib/accounts/find-account-decisions";
import { RuleCode } from "@/lib/generated/prisma/enums";
import { dayText, instantText, type SectionI18n } from "./evidence-format";

const RULE_CODES: readonly string[] = Object.values(RuleCode);
const muted = "text-slate-600 dark:text-slate-400";
const link = "underline underline-offset-2 rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-sky-300";

/** A reason code in words when it is a rule's code; other codes (issue 5's own) as they are. */
function reasonText(code: string, { t }: SectionI18n) {
  return RULE_CODES.includes(code) ? t(`queue.rule.${code as RuleCode}`) : code;
}

function DecisionCard({ decision: d, currency, i18n }: { decision: AccountDecision; currency: string; i18n: SectionI18n }) {
  const { t, format } = i18n;
  const headingId = `decision-${d.id}-heading`;
  const params = [
    d.params.newLimit && t("account.decisions.newLimit", { amount: format.money(d.params.newLimit, currency) }),
    d.params.freezeUntil && t("account.decisions.freezeUntil", { date: d.params.freezeUntil.length === 10 ? dayText(i18n, d.params.freezeUntil) : instantText(i18n, d.params.freezeUntil) }),
    d.params.closureCategory && t("account.decisions.closure", { category: t(`account.header.closure.${d.params.closureCategory}`) }),
  ].filter(Boolean);
  return (
    <li>
      <article id={`decision-${d.id}`} aria-labelledby={headingId} tabIndex={-1} className="rounded-lg border border-slate-300 bg-white p-4 text-sm dark:border-slate-700 dark:bg-slate-900">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h3 id={headingId} className="text-base font-semibold">
            {t("account.decisions.heading", { id: d.id, kind: t(`account.decisions.kind.${d.kind}`) })}
          </h3>
          <span className="rounded-full border border-slate-300 px-2 py-0.5 text-xs font-medium dark:border-slate-600">{t(`account.decisions.status.${d.status}`)}</span>
          {d.caseId !== null && <span className={muted}>{t("account.decisions.case", { id: d.caseId })}</span>}
        </div>
        {params.length > 0 && <p className="mt-1 font-medium">{params.join(" · ")}</p>}
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          {d.reasonCodes.length > 0 && (
            <>
              <dt className={muted}>{t("account.decisions.reasons")}</dt>
              <dd>{d.reasonCodes.map((code) => reasonText(code, i18n)).join(", ")}</dd>
            </>
          )}
          <dt className={muted}>{t("account.decisions.note")}</dt>
          <dd className="whitespace-pre-line">{d.note}</dd>
          {d.decisionNote && (
            <>
              <dt className={muted}>{t("account.decisions.decisionNote")}</dt>
              <dd className="whitespace-pre-line">{d.decisionNote}</dd>
            </>
          )}
        </dl>
        <ul className={`mt-2 space-y-0.5 ${muted}`}>
          <li>{t("account.decisions.proposed", { name: d.proposer.name, date: instantText(i18n, d.proposedAt) })}</li>
          {d.decidedAt && (
            <li>
              {d.approver
                ? t("account.decisions.decidedBy", { name: d.approver.name, date: instantText(i18n, d.decidedAt) })
                : t("account.decisions.decided", { date: instantText(i18n, d.decidedAt) })}
            </li>
          )}
          {d.effectiveAt && <li>{t("account.decisions.effective", { date: instantText(i18n, d.effectiveAt) })}</li>}
          {d.reversesDecisionId !== null && (
            <li>
              <a className={link} href={`#decision-${d.reversesDecisionId}`}>{t("account.decisions.reverses", { id: d.reversesDecisionId })}</a>
            </li>
          )}
          {d.reversedByIds.map((id) => (
            <li key={id}>
              <a className={link} href={`#decision-${id}`}>{t("account.decisions.reversedBy", { id })}</a>
            </li>
          ))}
        </ul>
      </article>
    </li>
  );
}

export function DecisionsHistory({ page, currency, i18n }: { page: DecisionsPage; currency: string; i18n: SectionI18n }) {
  const { t, format } = i18n;
  return (
    <section aria-labelledby="account-decisions-heading" className="space-y-2">
      <h2 id="account-decisions-heading" className="text-lg font-semibold">
        {t("account.decisions.title")}
      </h2>
      {page.decisions.length === 0 ? (
        <p className={`text-sm ${muted}`}>{t("account.decisions.none")}</p>
      ) : (
        <ul className="space-y-3">
          {page.decisions.map((decision) => (
            <DecisionCard key={decision.id} decision={decision} currency={currency} i18n={i18n} />
          ))}
        </ul>
      )}
      {page.nextCursor && <p className={`text-sm ${muted}`}>{t("account.decisions.more", { count: format.count(page.decisions.length) })}</p>}
    </section>
  );
}
