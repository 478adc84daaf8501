// Every flag of the account as a card, open flags first and cleared ones after, each with its rule, severity, when
// it was raised (and cleared) and the figures that made it fire, in the viewer's language (./flag-evidence-figures).
// Open or cleared is said in words and by the group a card is in, not by colour.
import { SeverityChip } from "@/components/queue/severity-chip";
import type { AccountFlag, AccountFlags } from "@/lib/accounts/find-account-flags";
import { instantText, type SectionI18n } from "./evidence-format";
import { FlagFigures } from "./flag-evidence-figures";

function FlagCard({ flag, data, currency, i18n }: { flag: AccountFlag; data: AccountFlags; currency: string; i18n: SectionI18n }) {
  const { t } = i18n;
  const headingId = `flag-${flag.id}-heading`;
  const clearedAt = flag.clearedAt;
  const open = clearedAt === null;
  return (
    <li>
      <article
        aria-labelledby={headingId}
        className={`rounded-lg border p-4 ${open ? "border-slate-400 bg-white dark:border-slate-500 dark:bg-slate-900" : "border-dashed border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-950"}`}
      >
        <div className="flex flex-wrap items-center gap-2">
          <h4 id={headingId} className="font-semibold">
            {t(`queue.rule.${flag.rule}`)}
          </h4>
          <SeverityChip severity={flag.severity} />
          <span className="text-sm font-medium">
            {clearedAt === null ? t("account.evidence.stateOpen") : t("account.evidence.stateCleared", { date: instantText(i18n, clearedAt) })}
          </span>
        </div>
        <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
          {t("account.evidence.raised", { date: instantText(i18n, flag.detectedAt), version: flag.ruleVersion })}
        </p>
        <div className="mt-2 text-sm">
          <FlagFigures flag={flag} data={data} currency={currency} i18n={i18n} />
        </div>
      </article>
    </li>
  );
}

function FlagGroup(props: { id: string; title: string; flags: AccountFlag[]; data: AccountFlags; currency: string; i18n: SectionI18n; empty?: string }) {
  return (
    <div className="space-y-2">
      <h3 id={props.id} className="font-semibold">
        {props.title}
      </h3>
      {props.flags.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{props.empty}</p>
      ) : (
        <ul aria-labelledby={props.id} className="grid gap-3 lg:grid-cols-2">
          {props.flags.map((flag) => (
            <FlagCard key={flag.id} flag={flag} data={props.data} currency={props.currency} i18n={props.i18n} />
          ))}
        </ul>
      )}
    </div>
  );
}

export function FlagEvidence({ data, currency, i18n }: { data: AccountFlags; currency: string; i18n: SectionI18n }) {
  const { t, format } = i18n;
  const open = data.flags.filter((f) => f.clearedAt === null);
  const cleared = data.flags.filter((f) => f.clearedAt !== null);
  return (
    <section aria-labelledby="account-flags-heading" className="space-y-4">
      <h2 id="account-flags-heading" className="text-lg font-semibold">
        {t("account.evidence.title")}
      </h2>
      {data.flags.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("account.evidence.none")}</p>
      ) : (
        <>
          <FlagGroup id="account-flags-open" title={t("account.evidence.open", { count: format.count(open.length) })} flags={open} data={data} currency={currency} i18n={i18n} empty={t("account.evidence.noneOpen")} />
          {cleared.length > 0 && (
            <FlagGroup id="account-flags-cleared" title={t("account.evidence.cleared", { count: format.count(cleared.length) })} flags={cleared} data={data} currency={currency} i18n={i18n} />
          )}
          {data.truncated && <p className="text-sm text-slate-600 dark:text-slate-400">{t("account.evidence.truncated", { count: format.count(data.flags.length) })}</p>}
        </>
      )}
    </section>
  );
}
