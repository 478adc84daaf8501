// The account page's summary grid: status since when, limit, balance and available amount, utilisation, DPD and
// bucket, overdue amount, the score and its trend, the customer (as ./customer-identity.tsx renders it) and the
// open case with its assignee and SLA. Every state is in words; colours only repeat them.
import type { ReactNode } from "react";
import { SeverityChip } from "@/components/queue/severity-chip";
import { SlaCountdown } from "@/components/queue/sla-countdown";
import { regionName } from "@/components/queue/region-name";
import type { AccountStatus } from "@/lib/generated/prisma/enums";
import type { AccountHeader as Header } from "@/lib/accounts/get-account-header";
import { scheduledText } from "@/components/decisions/decision-text";
import type { PanelDecision } from "@/lib/decisions/get-decision-context";
import { dayText, instantText, percentText, type SectionI18n } from "./evidence-format";
import { ScoreTrend } from "./score-trend";

const STATUS_CLASSES: Record<AccountStatus, string> = {
  ACTIVE: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  LIMIT_REDUCED: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  FROZEN: "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200",
  CLOSED: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
};

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="mt-1 text-sm">{children}</dd>
    </div>
  );
}

const muted = "text-slate-600 dark:text-slate-400";

export function AccountHeader(props: {
  header: Header;
  /** The customer's masked identity, with unmasking where allowed (./customer-identity.tsx). */
  identity: ReactNode;
  /** When the page was read (epoch ms), which the SLA countdown starts from. */
  now: number;
  i18n: SectionI18n;
  /** Decisions approved and waiting for their date ("closure scheduled for …"). */
  scheduled?: PanelDecision[];
}) {
  const { header: h, i18n } = props;
  const { t, format, locale } = i18n;
  const money = (amount: string) => format.money(amount, h.currency);
  const products = [h.hasCreditLine && t("queue.product.CREDIT_LINE"), h.hasCashLoan && t("queue.product.CASH_LOAN")].filter(Boolean);
  const utilisation = h.utilisationPercent;
  const openCase = h.openCase;
  return (
    <section aria-labelledby="account-header-heading" className="space-y-3">
      <h2 id="account-header-heading" className="text-lg font-semibold">
        {t("account.header.title")}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Fact term={t("account.header.status")}>
          <span className={`inline-flex rounded-full border px-2 py-0.5 text-xs font-medium ${STATUS_CLASSES[h.status]}`}>{t(`status.${h.status}`)}</span>{" "}
          <span className={muted}>{t("account.header.statusSince", { date: instantText(i18n, h.statusSince) })}</span>
          {h.closureCategory && (
            <span className="block">
              {t("account.header.closureCategory")}: {t(`account.header.closure.${h.closureCategory}`)}
            </span>
          )}
          {h.freezeUntil && (
            <span className="block">
              {t("account.header.frozenUntil")}: {instantText(i18n, h.freezeUntil)}
            </span>
          )}
          {props.scheduled?.map((decision) => (
            <span key={decision.id} className="block font-medium text-amber-800 dark:text-amber-300">
              {scheduledText(i18n, decision, h.currency)}
            </span>
          ))}
        </Fact>
        <Fact term={t("account.header.limit")}>
          <span className="tabular-nums">{money(h.creditLimit)}</span>
        </Fact>
        <Fact term={t("account.header.outstanding")}>
          <span className="tabular-nums">{money(h.outstanding)}</span>
        </Fact>
        <Fact term={t("account.header.available")}>
          <span className="tabular-nums">{money(h.available)}</span>
        </Fact>
        <Fact term={t("account.header.utilisation")}>
          {utilisation === null ? (
            <span className={muted}>{t("account.header.utilisationNone")}</span>
          ) : (
            <>
              <span className="tabular-nums">{percentText(i18n, utilisation)}</span>
              <span aria-hidden="true" className="mt-1 block h-1.5 rounded bg-slate-200 dark:bg-slate-700">
                <span className="block h-1.5 rounded bg-blue-700 dark:bg-sky-300" style={{ width: `${Math.min(Number(utilisation), 100)}%` }} />
              </span>
            </>
          )}
        </Fact>
        <Fact term={t("account.header.dpd")}>
          <span className="font-medium">{t("account.header.dpdValue", { dpd: format.count(h.currentDpd), bucket: t(`bucket.${h.bucket}`) })}</span>{" "}
          <span className={muted}>{h.dpdAsOf ? t("account.header.dpdAsOf", { date: dayText(i18n, h.dpdAsOf) }) : t("account.header.dpdNotYet")}</span>
        </Fact>
        <Fact term={t("account.header.overdue")}>
          <span className="tabular-nums">{money(h.overdueAmount)}</span>
        </Fact>
        <Fact term={t("account.header.score")}>
          <ScoreTrend score={h.score} i18n={i18n} />
        </Fact>
        <Fact term={t("account.header.customer")}>
          {props.identity}
          <span className={`block ${muted}`}>
            {t("account.header.language")}: {t(`account.header.language.${h.customer.language}`)}
          </span>
        </Fact>
        <Fact term={t("account.header.products")}>{products.length > 0 ? products.join(", ") : t("account.header.noProducts")}</Fact>
        <Fact term={t("account.header.region")}>{regionName(h.region, locale)}</Fact>
        <Fact term={t("account.header.opened")}>{dayText(i18n, h.openedAt)}</Fact>
        <Fact term={t("account.header.source")}>
          {h.externalRef ? t("account.header.sourceRef", { source: t(`source.${h.source}`), ref: h.externalRef }) : t(`source.${h.source}`)}
        </Fact>
        <div className="rounded-md border border-slate-200 p-3 sm:col-span-2 lg:col-span-3 dark:border-slate-700">
          <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{t("account.header.case")}</dt>
          <dd className="mt-1 text-sm">
            {openCase === null ? (
              <span className={muted}>{t("account.header.noCase")}</span>
            ) : (
              <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-medium">{t("account.header.caseId", { id: openCase.id })}</span>
                <SeverityChip severity={openCase.severity} />
                <span>
                  {t("account.header.caseStatus")}: {t(`queue.caseStatus.${openCase.status}`)}
                </span>
                <span>
                  {t("account.header.assignee")}: {openCase.assignee?.name ?? t("queue.row.unassigned")}
                  {openCase.claimedAt && <span className={muted}> ({t("account.header.claimedAt", { date: instantText(i18n, openCase.claimedAt) })})</span>}
                </span>
                <span>
                  {t("account.header.sla")}: <SlaCountdown dueAt={openCase.dueAt} now={props.now} />{" "}
                  <span className={muted}>({t("account.header.dueAt", { date: instantText(i18n, openCase.dueAt) })})</span>
                </span>
                <span className={muted}>
                  {t("account.header.caseOpened")}: {instantText(i18n, openCase.openedAt)}
                </span>
              </span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
