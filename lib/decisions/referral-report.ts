// The regulator referral report of an ILLEGAL_USE closure (server-only): the account, the customer UNMASKED (the
// report goes to the regulator), the evidence the proposer relied on (frozen at proposal), the account's whole
// decision chain with who proposed and approved what and why, its appeals, and the audit events of the closure with
// their seq and hash, so the regulator can check them against the trail. Reading it discloses the customer, so it
// is read in one transaction with its audit event ("report.download"), like unmasking on the account page.
import "server-only";
import { AppError } from "@/lib/app-error";
import { appendAuditEvent, type AuditActor } from "@/lib/audit/append-audit-event";
import { db, type Tx } from "@/lib/db";
import type { AccountStatus, AppealStatus, DecisionKind, DecisionStatus, Language } from "@/lib/generated/prisma/enums";
import { referralEvidence, type ReferralEvidence } from "./referral-evidence";

/** The decisions a referral can be downloaded for: an ILLEGAL_USE closure that took effect (and may since be reversed). */
const REFERABLE_STATUSES: readonly DecisionStatus[] = ["EFFECTIVE", "REVERSED"];

export interface ReferralDecision {
  id: number;
  kind: DecisionKind;
  status: DecisionStatus;
  params: unknown;
  reasonCodes: string[];
  note: string;
  proposer: string;
  proposedAt: string;
  approver: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  effectiveAt: string | null;
  reversesDecisionId: number | null;
  appealId: number | null;
}

export interface ReferralReport {
  decisionId: number;
  decisionStatus: DecisionStatus;
  account: {
    id: number;
    status: AccountStatus;
    statusSince: string;
    openedOn: string;
    region: string;
    currency: string;
    creditLimit: string;
    outstanding: string;
    overdueAmount: string;
    currentDpd: number;
  };
  customer: { id: number; fullName: string; nationalId: string; phone: string; birthYear: number | null; language: Language };
  evidence: ReferralEvidence;
  /** Every decision of the account, oldest first. */
  chain: ReferralDecision[];
  appeals: { id: number; status: AppealStatus; receivedAt: string; statement: string; outcomeReason: string | null }[];
  /** The audit events of the closure, in order: the approval among them is the proof of the maker-checker step. */
  audit: { seq: string; action: string; occurredAt: string; actorLabel: string; hash: string }[];
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

async function readReport(tx: Tx, decisionId: number): Promise<ReferralReport> {
  const closure = await tx.decision.findUnique({ where: { id: decisionId }, select: { kind: true, status: true, params: true, evidence: true, accountId: true } });
  if (!closure) throw new AppError("NOT_FOUND", "decisions.report.errors.notFound", { decisionId });
  const category = (closure.params as { closureCategory?: unknown } | null)?.closureCategory;
  if (closure.kind !== "CLOSE" || category !== "ILLEGAL_USE" || !REFERABLE_STATUSES.includes(closure.status)) {
    throw new AppError("CONFLICT", "decisions.report.errors.notReferable", { decisionId });
  }
  const account = await tx.account.findUniqueOrThrow({ where: { id: closure.accountId }, include: { customer: true } });
  const [chain, appeals, audit] = await Promise.all([
    tx.decision.findMany({
      where: { accountId: account.id },
      orderBy: [{ proposedAt: "asc" }, { id: "asc" }],
      include: { proposer: { select: { name: true } }, approver: { select: { name: true } } },
    }),
    tx.appeal.findMany({ where: { accountId: account.id }, orderBy: { id: "asc" } }),
    tx.auditEvent.findMany({
      where: { accountId: account.id, decisionId },
      orderBy: { seq: "asc" },
      select: { seq: true, action: true, occurredAt: true, actorLabel: true, hash: true },
    }),
  ]);
  return {
    decisionId,
    decisionStatus: closure.status,
    account: {
      id: account.id,
      status: account.status,
      statusSince: account.statusSince.toISOString(),
      openedOn: account.openedAt.toISOString().slice(0, 10),
      region: account.region,
      currency: account.currency,
      creditLimit: account.creditLimit.toFixed(2),
      outstanding: account.outstanding.toFixed(2),
      overdueAmount: account.overdueAmount.toFixed(2),
      currentDpd: account.currentDpd,
    },
    customer: {
      id: account.customer.id,
      fullName: account.customer.fullName,
      nationalId: account.customer.nationalId,
      phone: account.customer.phone,
      birthYear: account.customer.birthYear,
      language: account.customer.language,
    },
    evidence: referralEvidence(closure.evidence),
    chain: chain.map((d) => ({
      id: d.id,
      kind: d.kind,
      status: d.status,
      params: d.params,
      reasonCodes: d.reasonCodes,
      note: d.note,
      proposer: d.proposer.name,
      proposedAt: d.proposedAt.toISOString(),
      approver: d.approver?.name ?? null,
      decidedAt: iso(d.decidedAt),
      decisionNote: d.decisionNote,
      effectiveAt: iso(d.effectiveAt),
      reversesDecisionId: d.reversesDecisionId,
      appealId: d.appealId,
    })),
    appeals: appeals.map((a) => ({
      id: a.id,
      status: a.status,
      receivedAt: a.receivedAt.toISOString(),
      statement: a.statement,
      outcomeReason: a.outcomeReason,
    })),
    audit: audit.map((e) => ({ seq: e.seq.toString(), action: e.action, occurredAt: e.occurredAt.toISOString(), actorLabel: e.actorLabel, hash: e.hash })),
  };
}

/**
 * The report of ILLEGAL_USE closure `decisionId`, with its download on the audit trail. NOT_FOUND for no such
 * decision; CONFLICT for any other decision (another kind or category, or not in effect).
 */
export async function downloadReferralReport(input: { decisionId: number; actor: AuditActor }): Promise<ReferralReport> {
  const { decisionId, actor } = input;
  return db.$transaction(async (tx) => {
    const report = await readReport(tx, decisionId);
    // What was disclosed is named, never copied: the trail must not become a second store of the PII.
    await appendAuditEvent(tx, actor, {
      action: "report.download",
      targetType: "decision",
      targetId: decisionId,
      accountId: report.account.id,
      decisionId,
      after: { report: "REGULATOR_REFERRAL", decisionStatus: report.decisionStatus, disclosed: ["fullName", "nationalId", "phone"] },
    });
    return report;
  });
}
