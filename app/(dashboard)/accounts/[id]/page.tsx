// The account page: where an officer decides. Everything that matters for the decision on one page, in the order an
// officer reads it: who and where the account stands, its overdue history, the evidence behind its flags, its
// transactions, limits and decisions, the timeline of everything that happened, and the notes. For everyone with
// case:view; adding notes (case:work) and unmasking the customer (customer:unmask) depend on the viewer's role.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountHeader } from "@/components/accounts/account-header";
import { ContactEvents } from "@/components/accounts/contact-events";
import { CustomerIdentity } from "@/components/accounts/customer-identity";
import { DecisionPanel } from "@/components/decisions/decision-panel";
import { DecisionsHistory } from "@/components/accounts/decisions-history";
import { DpdBalanceChart } from "@/components/accounts/dpd-balance-chart";
import { FlagEvidence } from "@/components/accounts/flag-evidence";
import { LimitHistory } from "@/components/accounts/limit-history";
import { NotesSection } from "@/components/accounts/notes-section";
import { OverdueEpisodes } from "@/components/accounts/overdue-episodes";
import { OverdueHistory, STATEMENTS_BEFORE_PARAM } from "@/components/accounts/overdue-history";
import { PurchasesTable } from "@/components/accounts/purchases-table";
import { RepaymentsTable } from "@/components/accounts/repayments-table";
import { AccountTimeline } from "@/components/accounts/timeline";
import { PageHeader } from "@/components/ui/page-header";
import { loadAccountPage } from "@/lib/accounts/load-account-page";
import { accountIdParam } from "@/lib/accounts/schemas";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getDecisionContext } from "@/lib/decisions/get-decision-context";
import { getTranslator } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

const SECTIONS: { id: string; label: MessageKey }[] = [
  { id: "overview", label: "account.page.section.overview" },
  { id: "decide", label: "decisions.ui.title" },
  { id: "history", label: "account.page.section.history" },
  { id: "evidence", label: "account.page.section.evidence" },
  { id: "transactions", label: "account.page.section.transactions" },
  { id: "limits", label: "account.page.section.limits" },
  { id: "timeline", label: "account.page.section.timeline" },
  { id: "notes", label: "account.page.section.notes" },
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { id }] = await Promise.all([getTranslator(), params]);
  return { title: t("account.page.title", { accountId: id }) };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const user = await requirePermission("case:view");
  const [i18n, { id }, query] = await Promise.all([getTranslator(), params, searchParams]);
  const accountId = accountIdParam.safeParse(id);
  if (!accountId.success) notFound();
  const before = query[STATEMENTS_BEFORE_PARAM];
  const statementsBefore = typeof before === "string" && CALENDAR_DATE.test(before) ? before : undefined;
  const [data, decisionContext] = await Promise.all([
    loadAccountPage({ accountId: accountId.data, statementsBefore }),
    getDecisionContext({ accountId: accountId.data, viewer: user }),
  ]);
  if (!data || !decisionContext) notFound();

  const { t } = i18n;
  const { header, history, marks } = data;
  const currency = header.currency;
  return (
    <>
      <PageHeader title={t("account.page.title", { accountId: header.accountId })} />
      <nav aria-label={t("account.page.sections")} className="mb-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className="text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-sky-300 dark:hover:text-sky-200">
                {t(section.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-10">
        <div id="overview" className="scroll-mt-4">
          <AccountHeader
            header={header}
            identity={
              <CustomerIdentity accountId={header.accountId} masked={header.customer} canUnmask={can(user.role, "customer:unmask")} />
            }
            now={data.readAt}
            i18n={i18n}
            scheduled={decisionContext.decisions.filter((decision) => decision.status === "SCHEDULED")}
          />
        </div>
        <div id="decide" className="scroll-mt-4">
          <DecisionPanel context={decisionContext} />
        </div>
        <div id="history" className="scroll-mt-4 space-y-6">
          <OverdueHistory history={history} ruleMarks={marks.ruleMarks} showingOlder={statementsBefore !== undefined} />
          <DpdBalanceChart points={history.chart} outstanding={history.outstanding} currency={currency} ruleMarks={marks.ruleMarks} />
          <OverdueEpisodes episodes={history.episodes} currency={currency} />
          <RepaymentsTable accountId={header.accountId} currency={currency} initialPage={data.repayments} />
        </div>
        <div id="evidence" className="scroll-mt-4 space-y-6">
          <FlagEvidence data={data.flags} currency={currency} i18n={i18n} />
          <ContactEvents events={data.flags.recentContactEvents} i18n={i18n} />
        </div>
        <div id="transactions" className="scroll-mt-4">
          <PurchasesTable accountId={header.accountId} currency={currency} initialPage={data.purchases} highlighted={marks.highlightedPurchases} />
        </div>
        <div id="limits" className="scroll-mt-4 space-y-6">
          <LimitHistory page={data.limits} currency={currency} i18n={i18n} />
          <DecisionsHistory page={data.decisions} currency={currency} i18n={i18n} />
        </div>
        <div id="timeline" className="scroll-mt-4">
          <AccountTimeline accountId={header.accountId} initialPage={data.timeline} />
        </div>
        <div id="notes" className="scroll-mt-4">
          <NotesSection accountId={header.accountId} notes={data.notes.notes} hasMore={data.notes.hasMore} canAdd={can(user.role, "case:work")} />
        </div>
      </div>
    </>
  );
}
