// What the account page's decision panel needs to offer the right decisions (server-only): the account's standing and
// version, its open case (with version and assignee), the decisions still in play (pending, scheduled, and effective
// ones that can be appealed or reversed), open appeals, whether a regulator referral exists, and what the viewer's
// role allows. The panel decides nothing itself: every action re-checks all of this in its transaction.
import "server-only";
import { decisionParams, type DecisionParams } from "@/lib/accounts/find-account-decisions";
import { isAccountId } from "@/lib/accounts/get-account-header";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type {
  AccountStatus,
  AppealStatus,
  CaseStatus,
  ClosureCategory,
  DecisionKind,
  DecisionStatus,
  Language,
  NoticeChannel,
  Role,
} from "@/lib/generated/prisma/enums";
import { REVERSIBLE_KINDS } from "./state-machine";

/** How many effective decisions the panel lists; older ones are in the decisions history. */
const EFFECTIVE_SHOWN = 10;

export interface PanelDecision {
  id: number;
  version: number;
  kind: DecisionKind;
  status: DecisionStatus;
  params: DecisionParams & { reinstateLimit?: string };
  reasonCodes: string[];
  note: string;
  proposer: { id: number; name: string };
  proposedAt: string;
  effectiveAt: string | null;
  /** For a reversal: the decision it undoes. */
  reverses: { id: number; kind: DecisionKind } | null;
  appealId: number | null;
}

export interface PanelAppeal {
  id: number;
  version: number;
  decisionId: number | null;
  status: AppealStatus;
  channel: NoticeChannel;
  receivedAt: string;
  statement: string;
  createdBy: string;
}

export interface DecisionContext {
  viewerId: number;
  abilities: { propose: boolean; approve: boolean; recordAppeal: boolean; downloadReport: boolean };
  account: {
    id: number;
    version: number;
    status: AccountStatus;
    currency: string;
    creditLimit: string;
    outstanding: string;
    currentDpd: number;
    freezeUntil: string | null;
    closureCategory: ClosureCategory | null;
    customerLanguage: Language;
    openFlags: number;
  };
  openCase: { id: number; version: number; status: CaseStatus; assignee: { id: number; name: string } | null } | null;
  /** PROPOSED and SCHEDULED decisions, then the latest EFFECTIVE reversible ones; oldest proposal first. */
  decisions: PanelDecision[];
  /** Open appeals, oldest first. */
  appeals: PanelAppeal[];
  /** Decisions that have a regulator referral report (CLOSE for illegal use). */
  referralDecisionIds: number[];
}

const decisionSelect = {
  id: true, version: true, kind: true, status: true, params: true, reasonCodes: true, note: true, proposedAt: true,
  effectiveAt: true, reverses: { select: { id: true, kind: true } }, appealId: true, proposer: { select: { id: true, name: true } },
} as const;

export async function getDecisionContext(options: {
  accountId: number;
  /** The signed-in user: abilities follow the role, "own proposal" the id. */
  viewer: { id: number; role: Role };
}): Promise<DecisionContext | null> {
  const { accountId, viewer } = options;
  if (!isAccountId(accountId)) return null;
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: {
      id: true, version: true, status: true, currency: true, creditLimit: true, outstanding: true, currentDpd: true,
      freezeUntil: true, closureCategory: true,
      customer: { select: { language: true } },
      _count: { select: { flags: { where: { clearedAt: null } } } },
      cases: {
        where: { status: { not: "CLOSED" } }, orderBy: { openedAt: "desc" }, take: 1,
        select: { id: true, version: true, status: true, assignee: { select: { id: true, name: true } } },
      },
      appeals: {
        where: { status: "OPEN" }, orderBy: { receivedAt: "asc" },
        select: { id: true, version: true, decisionId: true, status: true, channel: true, receivedAt: true, statement: true, createdBy: { select: { name: true } } },
      },
      reports: { where: { kind: "REGULATOR_REFERRAL", decisionId: { not: null } }, select: { decisionId: true } },
    },
  });
  if (!account) return null;
  const [inPlay, effective] = await Promise.all([
    db.decision.findMany({ where: { accountId, status: { in: ["PROPOSED", "SCHEDULED"] } }, orderBy: [{ proposedAt: "asc" }, { id: "asc" }], select: decisionSelect }),
    db.decision.findMany({
      where: { accountId, status: "EFFECTIVE", kind: { in: [...REVERSIBLE_KINDS] } },
      orderBy: [{ proposedAt: "desc" }, { id: "desc" }], take: EFFECTIVE_SHOWN, select: decisionSelect,
    }),
  ]);
  const openCase = account.cases[0] ?? null;
  return {
    viewerId: viewer.id,
    abilities: {
      propose: can(viewer.role, "decision:propose"),
      approve: can(viewer.role, "decision:approve"),
      recordAppeal: can(viewer.role, "appeal:record"),
      downloadReport: can(viewer.role, "report:download"),
    },
    account: {
      id: account.id,
      version: account.version,
      status: account.status,
      currency: account.currency.trim(),
      creditLimit: account.creditLimit.toFixed(2),
      outstanding: account.outstanding.toFixed(2),
      currentDpd: account.currentDpd,
      freezeUntil: account.freezeUntil?.toISOString() ?? null,
      closureCategory: account.closureCategory,
      customerLanguage: account.customer.language,
      openFlags: account._count.flags,
    },
    openCase,
    decisions: [...inPlay, ...effective.reverse()].map(({ proposedAt, effectiveAt, params, ...decision }) => ({
      ...decision,
      params: panelParams(params),
      proposedAt: proposedAt.toISOString(),
      effectiveAt: effectiveAt?.toISOString() ?? null,
    })),
    appeals: account.appeals.map(({ receivedAt, createdBy, ...appeal }) => ({ ...appeal, receivedAt: receivedAt.toISOString(), createdBy: createdBy.name })),
    referralDecisionIds: account.reports.flatMap((report) => (report.decisionId === null ? [] : [report.decisionId])),
  };
}

/** The known parameters, plus a reversal's optional reinstated limit. */
export function panelParams(json: unknown): PanelDecision["params"] {
  const params: PanelDecision["params"] = decisionParams(json);
  const raw = json && typeof json === "object" ? (json as Record<string, unknown>) : {};
  if (typeof raw.reinstateLimit === "string" && /^\d+(\.\d{1,2})?$/.test(raw.reinstateLimit)) params.reinstateLimit = raw.reinstateLimit;
  return params;
}
