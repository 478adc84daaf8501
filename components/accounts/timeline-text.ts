// What a timeline entry says, in the viewer's language: one sentence for the event, then short sentences that
// qualify it (paid late, which note it corrects, which decision a notice concerns, a limit change's reason). Pure, so every kind and
// event is checked in both languages by its test.
import type { TimelineItem } from "@/lib/accounts/timeline";
import type { Formatters } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

export interface TimelineText {
  sentence: string;
  details: string[];
  /** Words quoted from the record itself (a note's opening), shown as written. */
  quote: string | null;
}

const dayOf = (text: string) => new Date(`${text}T00:00:00Z`);

export function describeTimelineItem(item: TimelineItem, t: Translate, format: Formatters): TimelineText {
  const someone = t("account.timeline.someone");
  const forDecision = (decisionId: number | null) => (decisionId === null ? [] : [t("account.timeline.forDecision", { decisionId })]);
  switch (item.kind) {
    case "STATEMENT":
      return {
        sentence: t("account.timeline.STATEMENT.MISSED", {
          minimum: format.money(item.minimumDue, item.currency),
          cycleDate: format.calendarDate(dayOf(item.cycleDate)),
          dueDate: format.calendarDate(dayOf(item.dueDate)),
        }),
        details: [
          item.paidDate
            ? t("account.timeline.statement.paidLate", { date: format.calendarDate(dayOf(item.paidDate)) })
            : t("account.timeline.statement.unpaid"),
        ],
        quote: null,
      };
    case "FLAG":
      return {
        sentence:
          item.event === "RAISED"
            ? t("account.timeline.FLAG.RAISED", {
                rule: t(`queue.rule.${item.rule}`),
                severity: t(`queue.severity.${item.severity}`),
                version: item.ruleVersion,
              })
            : t("account.timeline.FLAG.CLEARED", { rule: t(`queue.rule.${item.rule}`) }),
        details: [],
        quote: null,
      };
    case "CASE":
      return {
        sentence: t(`account.timeline.CASE.${item.event}`, {
          caseId: item.caseId,
          actor: item.actor ?? someone,
          assignee: item.assignee ?? someone,
        }),
        details: [],
        quote: null,
      };
    case "NOTE":
      return {
        sentence: t("account.timeline.NOTE.ADDED", { author: item.author, noteId: item.noteId }),
        details: item.correctsNoteId === null ? [] : [t("account.timeline.note.corrects", { noteId: item.correctsNoteId })],
        quote: item.excerpt,
      };
    case "DECISION":
      return {
        sentence: t(`account.timeline.DECISION.${item.event}`, {
          by: item.by ?? someone,
          decisionId: item.decisionId,
          kind: t(`account.timeline.decisionKind.${item.decisionKind}`),
        }),
        details:
          item.reversesDecisionId === null ? [] : [t("account.timeline.decision.reverses", { decisionId: item.reversesDecisionId })],
        quote: null,
      };
    case "NOTICE":
      return {
        sentence: t("account.timeline.NOTICE.SENT", { template: item.template, channel: t(`account.timeline.channel.${item.channel}`) }),
        details: forDecision(item.decisionId),
        quote: null,
      };
    case "APPEAL":
      return {
        sentence: t("account.timeline.APPEAL.RECEIVED", {
          appealId: item.appealId,
          channel: t(`account.timeline.channel.${item.channel}`),
          status: t(`account.timeline.appealStatus.${item.status}`),
        }),
        details: forDecision(item.decisionId),
        quote: null,
      };
    case "LIMIT": {
      const amount = format.money(item.amount, item.currency);
      return {
        sentence:
          item.previousAmount === null
            ? t("account.timeline.limit.set", { amount })
            : t("account.timeline.LIMIT.CHANGED", { previous: format.money(item.previousAmount, item.currency), amount }),
        details: [
          t("account.timeline.limit.reason", { reason: item.reason }),
          ...(item.by === null ? [] : [t("account.timeline.limit.by", { name: item.by })]),
        ],
        quote: null,
      };
    }
  }
}
