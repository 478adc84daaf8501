// The home page's overview: headline figures, then accounts by status, bucket and source, and amounts per currency.
import { DataTable } from "@/components/ui/data-table";
import type { getTranslator } from "@/lib/i18n/server";
import type { PortfolioSummary } from "@/lib/portfolio-summary/queries";

type I18n = Awaited<ReturnType<typeof getTranslator>>;

export function SummaryView({ summary, i18n }: { summary: PortfolioSummary; i18n: I18n }) {
  const { t, format } = i18n;
  const share = (accounts: number) => format.percent(accounts / summary.totalAccounts);
  const countColumns = [
    { header: t("home.col.accounts"), cell: (row: { accounts: number }) => format.count(row.accounts), numeric: true },
    { header: t("home.col.share"), cell: (row: { accounts: number }) => share(row.accounts), numeric: true },
  ];
  return (
    <div className="space-y-6">
      <dl className="grid gap-4 sm:grid-cols-2">
        <Figure label={t("home.totalAccounts")} value={format.count(summary.totalAccounts)} />
        <Figure label={t("home.overdueAccounts")} value={`${format.count(summary.overdueAccounts)} (${share(summary.overdueAccounts)})`} />
      </dl>
      <DataTable
        caption={t("home.amounts")}
        rowKey={(row) => row.currency}
        rows={summary.amounts}
        columns={[
          { header: t("home.col.currency"), cell: (row) => row.currency },
          { header: t("home.col.accounts"), cell: (row) => format.count(row.accounts), numeric: true },
          { header: t("home.col.outstanding"), cell: (row) => format.money(row.outstanding, row.currency), numeric: true },
          { header: t("home.col.overdue"), cell: (row) => format.money(row.overdue, row.currency), numeric: true },
          {
            header: t("home.col.overdueShare"),
            // Decimal strings to a ratio only for display; the amounts themselves are never floated.
            cell: (row) => (Number(row.outstanding) > 0 ? format.percent(Number(row.overdue) / Number(row.outstanding)) : "–"),
            numeric: true,
          },
        ]}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <DataTable
          caption={t("home.byBucket")}
          rowKey={(row) => row.bucket}
          rows={summary.byBucket}
          columns={[{ header: t("home.col.bucket"), cell: (row) => t(`bucket.${row.bucket}`) }, ...countColumns]}
        />
        <DataTable
          caption={t("home.byStatus")}
          rowKey={(row) => row.status}
          rows={summary.byStatus}
          columns={[{ header: t("home.col.status"), cell: (row) => t(`status.${row.status}`) }, ...countColumns]}
        />
        <DataTable
          caption={t("home.bySource")}
          rowKey={(row) => row.source}
          rows={summary.bySource}
          columns={[{ header: t("home.col.source"), cell: (row) => t(`source.${row.source}`) }, ...countColumns]}
        />
      </div>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
