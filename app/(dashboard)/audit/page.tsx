// The audit trail explorer, for compliance staff and administrators (audit:view): filter the trail, open any event's
// before/after and its place in the chain, export what the filter selects (audit:export), verify the chain and see
// the published chain heads. Every view of this page is itself recorded in the trail.
import type { Metadata } from "next";
import Link from "next/link";
import { AuditEventsTable } from "@/components/audit/audit-events-table";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { ExportPanel } from "@/components/audit/export-panel";
import { PublishedHeads } from "@/components/audit/published-heads";
import { VerifyPanel } from "@/components/audit/verify-panel";
import { PageHeader } from "@/components/ui/page-header";
import { auditFilterParams, parseAuditFilterLenient } from "@/lib/audit/audit-filter";
import { findAuditEvents } from "@/lib/audit/find-audit-events";
import { findPublishedHeads } from "@/lib/audit/publish-chain-head";
import { recordAuditView } from "@/lib/audit/record-audit-view";
import { currentAuditActor } from "@/lib/auth/audit-actor";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("audit.title") };
}

const link = "text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-sky-300 dark:hover:text-sky-200";

export default async function AuditPage(props: { searchParams: SearchParams }) {
  const user = await requirePermission("audit:view");
  const [{ t }, searchParams] = await Promise.all([getTranslator(), props.searchParams]);
  const filter = parseAuditFilterLenient(searchParams);
  const rawBefore = typeof searchParams.before === "string" && /^\d{1,18}$/.test(searchParams.before) ? BigInt(searchParams.before) : undefined;
  const [page, heads] = await Promise.all([findAuditEvents({ filter, before: rawBefore }), findPublishedHeads(3)]);
  await recordAuditView(await currentAuditActor(user), { filter, before: rawBefore, shown: page.events.length });

  const filterQuery = auditFilterParams(filter).toString();
  const withBefore = (before: string) => `/audit?${new URLSearchParams([...new URLSearchParams(filterQuery), ["before", before]])}`;
  return (
    <>
      <PageHeader title={t("audit.title")}>{t("audit.intro")}</PageHeader>
      <div className="space-y-6">
        <AuditFilterForm key={filterQuery} filter={filter} />
        <div className="grid gap-4 lg:grid-cols-2">
          {can(user.role, "audit:export") && <ExportPanel filterQuery={filterQuery} />}
          <div className="space-y-4">
            <VerifyPanel />
            <PublishedHeads heads={heads.map((head) => ({ ...head, seq: head.seq.toString(), publishedAt: head.publishedAt.toISOString() }))} />
          </div>
        </div>
        <section aria-labelledby="audit-events-heading" className="space-y-2">
          <h2 id="audit-events-heading" className="text-lg font-semibold">
            {rawBefore === undefined ? t("audit.events.title") : t("audit.events.titleBefore", { seq: rawBefore.toString() })}
          </h2>
          {page.events.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">{t("audit.events.empty")}</p>
          ) : (
            <AuditEventsTable events={page.events} />
          )}
          <nav aria-label={t("audit.events.paging")} className="flex gap-4 text-sm">
            {rawBefore !== undefined && (
              <Link href={filterQuery ? `/audit?${filterQuery}` : "/audit"} className={link}>
                {t("audit.events.newest")}
              </Link>
            )}
            {page.nextBefore && (
              <Link href={withBefore(page.nextBefore)} className={link}>
                {t("audit.events.older")}
              </Link>
            )}
          </nav>
        </section>
      </div>
    </>
  );
}
