// Which decisions the panel offers, given the account's state and the viewer: the buttons an officer sees. Pure, so
// every state is tested (./offered-actions.test.ts). It only spares officers buttons that would be refused: the
// server actions check the same states again, in their transaction, and have the last word.
import type { DecisionKind } from "@/lib/generated/prisma/enums";
import type { DecisionContext, PanelDecision } from "./get-decision-context";
import { REVERSIBLE_KINDS } from "./state-machine";

/** The decisions taken from the panel's row of buttons (reversals start from the decision they undo). */
export const PANEL_KINDS = ["CLOSE", "REDUCE_LIMIT", "FREEZE", "UNFREEZE", "WARN", "DISMISS", "ESCALATE"] as const satisfies DecisionKind[];
export type PanelKind = (typeof PANEL_KINDS)[number];


export interface DecisionOffer {
  approve: boolean;
  reject: boolean;
  /** Why a pending proposal shows no approve button: the viewer proposed it, or only a senior officer may decide. */
  waiting: "own" | "senior" | null;
  /** A scheduled decision: cancel it (the account is cured), or why not. */
  cancel: "allowed" | "notCured" | null;
  recordAppeal: boolean;
  /** Propose its reversal; with the open appeal it answers, if any. */
  reverse: { appealId: number | null } | null;
  referralReport: boolean;
}

export interface OfferedActions {
  kinds: PanelKind[];
  /** The open case is held by another officer: no proposal can be made until it is released or reassigned. */
  heldBy: { caseId: number; name: string } | null;
  decisions: Record<number, DecisionOffer>;
  /** Per open appeal: may the viewer reject it. */
  rejectAppeal: Record<number, boolean>;
}

type Context = Pick<DecisionContext, "viewerId" | "abilities" | "account" | "openCase" | "decisions" | "appeals" | "referralDecisionIds">;

const isReversible = (kind: DecisionKind) => (REVERSIBLE_KINDS as readonly DecisionKind[]).includes(kind);

export function offeredActions(context: Context): OfferedActions {
  const { viewerId, abilities, account, openCase, decisions, appeals } = context;
  const heldBy = openCase?.assignee && openCase.assignee.id !== viewerId ? { caseId: openCase.id, name: openCase.assignee.name } : null;
  const mayPropose = abilities.propose && heldBy === null;
  const pending = new Set(decisions.filter((d) => d.status === "PROPOSED").map((d) => d.kind));
  // A kind already waiting for approval or for its date is not proposed twice.
  const waiting = new Set(decisions.filter((d) => d.status === "PROPOSED" || d.status === "SCHEDULED").map((d) => d.kind));
  const closed = account.status === "CLOSED";
  const open: Record<PanelKind, boolean> = {
    CLOSE: !closed,
    REDUCE_LIMIT: !closed && Number(account.creditLimit) > 0,
    FREEZE: !closed && account.status !== "FROZEN",
    UNFREEZE: account.status === "FROZEN",
    WARN: !closed,
    DISMISS: account.openFlags > 0,
    ESCALATE: openCase !== null && openCase.status !== "ESCALATED",
  };
  const kinds = mayPropose ? PANEL_KINDS.filter((kind) => open[kind] && !waiting.has(kind)) : [];

  const openAppealOf = (decisionId: number) => appeals.find((appeal) => appeal.status === "OPEN" && appeal.decisionId === decisionId) ?? null;
  const offer = (d: PanelDecision): DecisionOffer => {
    const proposed = d.status === "PROPOSED";
    const mayDecide = proposed && abilities.approve && d.proposer.id !== viewerId;
    const standing = (d.status === "EFFECTIVE" || d.status === "SCHEDULED") && isReversible(d.kind);
    const appeal = openAppealOf(d.id);
    return {
      approve: mayDecide,
      reject: mayDecide,
      waiting: !proposed || mayDecide ? null : d.proposer.id === viewerId ? "own" : "senior",
      cancel: d.status === "SCHEDULED" && abilities.propose ? (account.currentDpd === 0 ? "allowed" : "notCured") : null,
      recordAppeal: standing && abilities.recordAppeal && appeal === null,
      // A reversal undoes an effective decision; one pending reversal per account at a time.
      reverse: d.status === "EFFECTIVE" && isReversible(d.kind) && mayPropose && !pending.has("REVERSE") ? { appealId: appeal?.id ?? null } : null,
      referralReport: abilities.downloadReport && context.referralDecisionIds.includes(d.id),
    };
  };
  const reversalFor = (appealId: number) => decisions.some((d) => d.status === "PROPOSED" && d.kind === "REVERSE" && d.appealId === appealId);
  return {
    kinds,
    heldBy: abilities.propose ? heldBy : null,
    decisions: Object.fromEntries(decisions.map((d) => [d.id, offer(d)])),
    // While a reversal answering the appeal waits for approval, the appeal is being upheld: not rejected.
    rejectAppeal: Object.fromEntries(appeals.map((a) => [a.id, a.status === "OPEN" && abilities.recordAppeal && !reversalFor(a.id)])),
  };
}
