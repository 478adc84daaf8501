// Small formatting shared by the account history's sections: calendar dates given as "YYYY-MM-DD", a DPD with its
// bucket in words, and the badges that say (in text, not colour alone) which rules a month or purchase made fire.
import type { Bucket } from "@/lib/credit/buckets";
import type { RuleCode } from "@/lib/generated/prisma/enums";
import type { Formatters } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

export interface HistoryI18n {
  t: Translate;
  format: Formatters;
}

export const calendarDateText = ({ format }: HistoryI18n, date: string) => format.calendarDate(new Date(`${date}T00:00:00.000Z`));

export const dpdText = ({ t, format }: HistoryI18n, dpd: number, bucket: Bucket) =>
  t("account.history.dpdValue", { dpd: format.count(dpd), bucket: t(`account.history.bucket.${bucket}`) });

export const ruleNames = ({ t }: HistoryI18n, rules: readonly RuleCode[]) => rules.map((rule) => t(`queue.rule.${rule}`));

export const BADGE_CLASS =
  "inline-flex items-center rounded-full border border-amber-400 bg-amber-50 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100";

export const TH_CLASS = "px-3 py-2 font-medium text-slate-700 dark:text-slate-300";

export const TABLE_REGION_CLASS =
  "overflow-x-auto rounded-lg border border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900";

export const MUTED_CLASS = "text-sm text-slate-600 dark:text-slate-400";
