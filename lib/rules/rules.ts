// The seven default review rules of domain.md by code, and all of them run on one account (pure): the outcome of
// each rule that fires, with the severity the configuration gives it.
import type { RuleCode, Severity } from "@/lib/generated/prisma/enums";
import type { AccountData } from "./account-data";
import type { RuleConfig, RuleThresholds } from "./config";
import { cashOut } from "./cash-out";
import { contactLost } from "./contact-lost";
import { highUtilisation } from "./high-utilisation";
import { limitApplicationBurst } from "./limit-application-burst";
import { multiLending } from "./multi-lending";
import type { Evidence, Rule } from "./rule";
import { scoreDrop } from "./score-drop";
import { severeOverdue } from "./severe-overdue";

export const RULES: { [K in RuleCode]: Rule<RuleThresholds[K], Evidence> } = {
  SEVERE_OVERDUE: severeOverdue,
  CASH_OUT: cashOut,
  MULTI_LENDING: multiLending,
  HIGH_UTILISATION: highUtilisation,
  LIMIT_APPLICATION_BURST: limitApplicationBurst,
  SCORE_DROP: scoreDrop,
  CONTACT_LOST: contactLost,
};

export const RULE_CODES = Object.keys(RULES) as RuleCode[];

export interface RuleOutcome {
  ruleCode: RuleCode;
  severity: Severity;
  evidence: Evidence;
}

function run<K extends RuleCode>(code: K, account: AccountData, rules: RuleThresholds): Evidence | null {
  const rule: Rule<RuleThresholds[K], Evidence> = RULES[code];
  return rule(account, rules[code]);
}

/** The rules that fire on the account, in RULE_CODES order. */
export function evaluateRules(account: AccountData, config: RuleConfig): RuleOutcome[] {
  const outcomes: RuleOutcome[] = [];
  for (const ruleCode of RULE_CODES) {
    const evidence = run(ruleCode, account, config.rules);
    if (evidence) outcomes.push({ ruleCode, severity: config.rules[ruleCode].severity, evidence });
  }
  return outcomes;
}
