// Flags raised and cleared per week, by rule (issue 7): per week two stacks side by side, raised (left) and
// cleared (right), rules stacked in each. A raised segment opens the queue filtered to its rule.
import { RuleCode } from "@/lib/generated/prisma/enums";
import type { FlagWeekRow } from "@/lib/portfolio-metrics/find-flags-by-week";
import { chartCsvHref, queueHref } from "@/lib/portfolio-metrics/drill-links";
import { BarChart } from "./bar-chart";
import { ChartCard } from "./chart-card";
import { chartLabels, type ChartContext } from "./chart-context";
import { FiguresTable } from "./figures-table";
import { seriesColour } from "./palette";

export function FlagsChart({ rows, ctx }: { rows: FlagWeekRow[]; ctx: ChartContext }) {
  const { t, format } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  const title = t("portfolio.flags.title");
  const weeks = [...new Set(rows.map((row) => row.week))].sort();
  const rules = Object.values(RuleCode).filter((rule) => rows.some((row) => row.ruleCode === rule));
  const find = new Map(rows.map((row) => [`${row.week} ${row.ruleCode}`, row]));
  const count = (week: string, rule: RuleCode, what: "raised" | "cleared") => find.get(`${week} ${rule}`)?.[what] ?? 0;
  const kinds = ["raised", "cleared"] as const;
  return (
    <ChartCard
      id="flags"
      title={title}
      units={t("portfolio.flags.units")}
      csvHref={chartCsvHref("flags", ctx.filters)}
      empty={rows.length === 0}
      legend={rules.map((rule, i) => ({ label: t(`queue.rule.${rule}`), colour: seriesColour(i) }))}
      note={ctx.caseView ? t("portfolio.chart.drillQueue") : undefined}
      chart={
        <BarChart
          label={title}
          categories={weeks.map(labels.weekAxis)}
          values={weeks.map((week) => kinds.map((what) => rules.map((rule) => count(week, rule, what))))}
          colours={rules.map((_, i) => seriesColour(i))}
          tick={labels.compact}
          mark={(w, k, r) => ({
            tip: t("portfolio.flags.tip", { week: labels.week(weeks[w]), rule: t(`queue.rule.${rules[r]}`), count: format.count(count(weeks[w], rules[r], kinds[k])), what: t(`portfolio.flags.${kinds[k]}`) }),
            href: ctx.caseView && kinds[k] === "raised" ? queueHref(ctx.filters, { rule: rules[r] }) : undefined,
          })}
        />
      }
      table={
        <FiguresTable
          caption={title}
          rows={rows}
          rowKey={(row) => `${row.week}-${row.ruleCode}`}
          columns={[
            { header: t("portfolio.col.week"), cell: (row) => labels.week(row.week) },
            { header: t("portfolio.col.rule"), cell: (row) => t(`queue.rule.${row.ruleCode}`) },
            { header: t("portfolio.col.raised"), cell: (row) => format.count(row.raised), numeric: true },
            { header: t("portfolio.col.cleared"), cell: (row) => format.count(row.cleared), numeric: true },
          ]}
        />
      }
    />
  );
}
