// Decisions in words, shared by the decision panel and the approvals screen: what is decided with its parameters
// ("reduce the limit to ¥5,000.00"), what approving it leads to, and how long a proposal has waited. Pure: given the
// translator and formatters, so it is tested in both languages without rendering.
import type { DecisionKind } from "@/lib/generated/prisma/enums";
import type { PanelDecision } from "@/lib/decisions/get-decision-context";
import { approvalLeadsTo, isProposal } from "@/lib/decisions/state-machine";
import type { Formatters } from "@/lib/i18n/format";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

export interface TextI18n {
  t: Translate;
  format: Formatters;
}

export interface Summarisable {
  kind: DecisionKind;
  params: PanelDecision["params"];
  /** For a reversal: the decision it undoes. */
  reverses?: { id: number; kind: DecisionKind } | null;
}

/** A calendar date ("YYYY-MM-DD" or an ISO instant's date) as the viewer reads it. */
export const dayOf = (format: Formatters, date: string) => format.calendarDate(new Date(`${date.slice(0, 10)}T00:00:00.000Z`));

export function decisionSummary({ t, format }: TextI18n, decision: Summarisable, currency: string): string {
  const { kind, params, reverses } = decision;
  switch (kind) {
    case "CLOSE":
      return t("decisions.ui.summary.CLOSE", { category: params.closureCategory ? t(`account.header.closure.${params.closureCategory}`) : "?" });
    case "REDUCE_LIMIT":
      return t("decisions.ui.summary.REDUCE_LIMIT", { amount: params.newLimit ? format.money(params.newLimit, currency) : "?" });
    case "FREEZE":
      return t("decisions.ui.summary.FREEZE", { date: params.freezeUntil ? dayOf(format, params.freezeUntil) : "?" });
    case "REVERSE": {
      const values = { id: reverses?.id ?? "?", kind: reverses ? t(`account.decisions.kind.${reverses.kind}`) : "?" };
      return params.reinstateLimit
        ? t("decisions.ui.summary.REVERSE.limit", { ...values, amount: format.money(params.reinstateLimit, currency) })
        : t("decisions.ui.summary.REVERSE", values);
    }
    default:
      return t(`decisions.ui.summary.${kind}`);
  }
}

/** What approving a proposal leads to, in words: after the notice period, or at once. */
export function approvalEffectKey(decision: Summarisable): MessageKey {
  if (!isProposal(decision.kind)) return "decisions.ui.effect.now";
  return approvalLeadsTo(decision.kind, decision.params).status === "SCHEDULED" ? "decisions.ui.effect.scheduled" : "decisions.ui.effect.now";
}

/** How long since `since` (ISO instant), in the largest whole unit: minutes under an hour, hours under a day. */
export function ageText(t: Translate, since: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000));
  if (minutes < 60) return t("decisions.ui.age.minutes", { count: minutes });
  if (minutes < 24 * 60) return t("decisions.ui.age.hours", { count: Math.floor(minutes / 60) });
  return t("decisions.ui.age.days", { count: Math.floor(minutes / (24 * 60)) });
}

/** "Closure scheduled for …" for a scheduled decision; null for other states. */
export function scheduledText({ t, format }: TextI18n, decision: Summarisable & { status: string; effectiveAt: string | null }, currency: string): string | null {
  if (decision.status !== "SCHEDULED" || !decision.effectiveAt) return null;
  const date = format.dateTime(new Date(decision.effectiveAt));
  switch (decision.kind) {
    case "CLOSE":
    case "FREEZE":
      return t(`decisions.ui.scheduled.${decision.kind}`, { date });
    case "REDUCE_LIMIT":
      return t("decisions.ui.scheduled.REDUCE_LIMIT", { date, amount: decision.params.newLimit ? format.money(decision.params.newLimit, currency) : "?" });
    default:
      return null;
  }
}
