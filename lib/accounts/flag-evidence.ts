// A flag's stored evidence read back as its rule's typed shape (the `*Evidence` types of lib/rules), so the page can
// render the figures in any language. Evidence written by an older rule version, or by hand, may not match: it is
// then null and the page falls back to the rule's English summary. Also: the ids of the rows behind the evidence,
// to read them in one batch per table.
import { z } from "zod";
import type { RuleCode } from "@/lib/generated/prisma/enums";
import type { CashOutEvidence } from "@/lib/rules/cash-out";
import type { ContactLostEvidence } from "@/lib/rules/contact-lost";
import type { HighUtilisationEvidence } from "@/lib/rules/high-utilisation";
import type { LimitApplicationBurstEvidence } from "@/lib/rules/limit-application-burst";
import type { MultiLendingEvidence } from "@/lib/rules/multi-lending";
import type { ScoreDropEvidence } from "@/lib/rules/score-drop";
import type { SevereOverdueEvidence } from "@/lib/rules/severe-overdue";

export interface EvidenceByRule {
  SEVERE_OVERDUE: SevereOverdueEvidence;
  CASH_OUT: CashOutEvidence;
  MULTI_LENDING: MultiLendingEvidence;
  HIGH_UTILISATION: HighUtilisationEvidence;
  LIMIT_APPLICATION_BURST: LimitApplicationBurstEvidence;
  SCORE_DROP: ScoreDropEvidence;
  CONTACT_LOST: ContactLostEvidence;
}

const text = z.string();
const int = z.number().int();
const purchase = z.object({ id: text, amount: text, occurredAt: text });
const score = z.object({ id: text, score: int, scoredAt: text });

const SCHEMAS: { [K in RuleCode]: z.ZodType<EvidenceByRule[K]> } = {
  SEVERE_OVERDUE: z.object({
    summary: text,
    reasons: z.array(z.enum(["CURRENT_DPD", "OVERDUE_STATEMENTS"])),
    currentDpd: int,
    dpdAsOf: text.nullable(),
    overdueStatements: z.array(z.object({ cycleDate: text, dpd: int })),
    statementsConsidered: int,
  }),
  CASH_OUT: z.object({
    summary: text,
    reasons: z.array(z.enum(["ROUND_AMOUNT_BURST", "WATCH_LISTED_MERCHANT"])),
    bursts: z.array(z.object({ merchantId: int, purchases: z.array(purchase), total: text, limit: text, sharePercent: text })),
    watchListedPurchases: z.array(purchase.extend({ merchantId: int })),
  }),
  MULTI_LENDING: z.object({
    summary: text,
    lenderCount: int,
    lenders: z.array(z.object({ lenderName: text, loans: int, inquiries: int, eventIds: z.array(text) })),
  }),
  HIGH_UTILISATION: z.object({
    summary: text,
    statements: z.array(z.object({ cycleDate: text, balance: text, limit: text, utilisationPercent: text })),
  }),
  LIMIT_APPLICATION_BURST: z.object({
    summary: text,
    applications: z.array(z.object({ id: text, requestedAmount: text, appliedAt: text })),
  }),
  SCORE_DROP: z.object({ summary: text, reasons: z.array(z.enum(["BELOW_THRESHOLD", "DROP"])), latest: score, peak: score, drop: int }),
  CONTACT_LOST: z.object({
    summary: text,
    reasons: z.array(z.enum(["APP_UNINSTALLED", "UNREACHABLE"])),
    currentDpd: int,
    dpdAsOf: text.nullable(),
    uninstalled: z.object({ eventId: text, occurredAt: text }).nullable(),
    unreachable: z.object({ eventIds: z.array(text), since: text }).nullable(),
  }),
};

/** A flag's rule and evidence together, so that narrowing on `rule` types `evidence`. */
export type RuleEvidence = { [K in RuleCode]: { rule: K; evidence: EvidenceByRule[K] | null } }[RuleCode];

export function parseEvidence<K extends RuleCode>(rule: K, json: unknown): EvidenceByRule[K] | null {
  const parsed = SCHEMAS[rule].safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The English summary the rule wrote, whatever the rest of the evidence looks like. */
export function summaryOf(json: unknown): string | null {
  const summary = (json as { summary?: unknown } | null)?.summary;
  return typeof summary === "string" ? summary : null;
}

export interface EvidenceRowIds {
  purchaseIds: string[];
  merchantIds: number[];
  bureauEventIds: string[];
  limitApplicationIds: string[];
  contactEventIds: string[];
}

/** Row ids are bigint keys: anything else in hand-edited evidence is left out rather than sent to SQL. */
const ROW_ID = /^[1-9]\d{0,17}$/;

/** Every row the evidence of these flags refers to, each id once. */
export function evidenceRowIds(flags: RuleEvidence[]): EvidenceRowIds {
  const ids = { purchases: new Set<string>(), merchants: new Set<number>(), bureau: new Set<string>(), applications: new Set<string>(), contacts: new Set<string>() };
  for (const flag of flags) {
    if (!flag.evidence) continue;
    switch (flag.rule) {
      case "CASH_OUT":
        for (const burst of flag.evidence.bursts) {
          ids.merchants.add(burst.merchantId);
          for (const p of burst.purchases) ids.purchases.add(p.id);
        }
        for (const p of flag.evidence.watchListedPurchases) {
          ids.merchants.add(p.merchantId);
          ids.purchases.add(p.id);
        }
        break;
      case "MULTI_LENDING":
        for (const lender of flag.evidence.lenders) for (const id of lender.eventIds) ids.bureau.add(id);
        break;
      case "LIMIT_APPLICATION_BURST":
        for (const a of flag.evidence.applications) ids.applications.add(a.id);
        break;
      case "CONTACT_LOST":
        if (flag.evidence.uninstalled) ids.contacts.add(flag.evidence.uninstalled.eventId);
        for (const id of flag.evidence.unreachable?.eventIds ?? []) ids.contacts.add(id);
        break;
    }
  }
  const rowIds = (set: Set<string>) => [...set].filter((id) => ROW_ID.test(id));
  return {
    purchaseIds: rowIds(ids.purchases),
    merchantIds: [...ids.merchants].filter((id) => id > 0 && id <= 2_147_483_647),
    bureauEventIds: rowIds(ids.bureau),
    limitApplicationIds: rowIds(ids.applications),
    contactEventIds: rowIds(ids.contacts),
  };
}
