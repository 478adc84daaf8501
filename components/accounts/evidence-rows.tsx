// The figures of the rules that fire on the account's activity, with the rows behind them read in batch: purchases
// and their merchants (CASH_OUT), other lenders' bureau events (MULTI_LENDING) and limit applications
// (LIMIT_APPLICATION_BURST). Also the pieces ./flag-evidence-figures.tsx shares with them.
import type { ReactNode } from "react";
import type { AccountFlags } from "@/lib/accounts/find-account-flags";
import type { EvidenceByRule } from "@/lib/accounts/flag-evidence";
import { instantText, percentText, type SectionI18n } from "./evidence-format";

export interface FigureProps {
  data: AccountFlags;
  currency: string;
  i18n: SectionI18n;
}

export const List = ({ children }: { children: ReactNode }) => <ul className="mt-1 list-disc space-y-0.5 pl-5">{children}</ul>;

function merchantName(data: AccountFlags, id: number, { t }: SectionI18n) {
  return data.merchants[id]?.name ?? t("account.evidence.unknownMerchant", { id });
}

function Purchases({ purchases, data, currency, i18n }: FigureProps & { purchases: { id: string; amount: string; occurredAt: string; merchantId?: number }[] }) {
  const { t, format } = i18n;
  return (
    <List>
      {purchases.map((p) => {
        const row = data.purchases[p.id];
        const merchantId = p.merchantId ?? row?.merchantId;
        const merchant = merchantId === undefined ? "" : merchantName(data, merchantId, i18n);
        return (
          <li key={p.id}>
            {t("account.evidence.cashOut.purchase", { date: instantText(i18n, p.occurredAt), amount: format.money(p.amount, currency), merchant })}
            {row && ` (${t(`account.evidence.channel.${row.channel}`)})`}
            {merchantId !== undefined && data.merchants[merchantId]?.watchListed && <strong> · {t("account.evidence.watchListed")}</strong>}
          </li>
        );
      })}
    </List>
  );
}

export function cashOutFigures(e: EvidenceByRule["CASH_OUT"], props: FigureProps) {
  const { t, format } = props.i18n;
  const money = (amount: string) => format.money(amount, props.currency);
  return (
    <>
      {e.bursts.map((b) => (
        <div key={b.merchantId}>
          <p>
            {t("account.evidence.cashOut.burst", {
              count: format.count(b.purchases.length),
              merchant: merchantName(props.data, b.merchantId, props.i18n),
              total: money(b.total),
              share: percentText(props.i18n, b.sharePercent),
              limit: money(b.limit),
            })}
          </p>
          <Purchases {...props} purchases={b.purchases.map((p) => ({ ...p, merchantId: b.merchantId }))} />
        </div>
      ))}
      {e.watchListedPurchases.length > 0 && (
        <div>
          <p>{t("account.evidence.cashOut.watchListed", { count: format.count(e.watchListedPurchases.length) })}</p>
          <Purchases {...props} purchases={e.watchListedPurchases} />
        </div>
      )}
    </>
  );
}

export function multiLendingFigures(e: EvidenceByRule["MULTI_LENDING"], { data, currency, i18n }: FigureProps) {
  const { t, format } = i18n;
  return (
    <>
      <p>{t("account.evidence.multi.lenders", { count: format.count(e.lenderCount) })}</p>
      <List>
        {e.lenders.map((l) => (
          <li key={l.lenderName}>
            {t("account.evidence.multi.lender", { lender: l.lenderName, loans: format.count(l.loans), inquiries: format.count(l.inquiries) })}
            <ul className="pl-4 text-slate-700 dark:text-slate-300">
              {l.eventIds.flatMap((id) => {
                const event = data.bureauEvents[id];
                if (!event) return [];
                const date = instantText(i18n, event.occurredAt);
                const text =
                  event.kind === "INQUIRY"
                    ? t("account.evidence.multi.inquiry", { date })
                    : event.amount === null
                      ? t("account.evidence.multi.loanNoAmount", { date })
                      : t("account.evidence.multi.loan", { date, amount: format.money(event.amount, currency) });
                return [<li key={id}>{text}</li>];
              })}
            </ul>
          </li>
        ))}
      </List>
    </>
  );
}

export function applicationBurstFigures(e: EvidenceByRule["LIMIT_APPLICATION_BURST"], { data, currency, i18n }: FigureProps) {
  const { t, format } = i18n;
  return (
    <>
      <p>{t("account.evidence.burst.intro", { count: format.count(e.applications.length) })}</p>
      <List>
        {e.applications.map((a) => {
          const outcome = data.limitApplications[a.id]?.outcome;
          return (
            <li key={a.id}>
              {t("account.evidence.burst.application", {
                date: instantText(i18n, a.appliedAt),
                amount: format.money(a.requestedAmount, currency),
                outcome: outcome ? t(`account.evidence.outcome.${outcome}`) : "–",
              })}
            </li>
          );
        })}
      </List>
    </>
  );
}
