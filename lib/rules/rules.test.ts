import { describe, expect, it } from "vitest";
import { evaluateRules, RULE_CODES } from "./rules";
import { account, daysAgo, defaultRuleConfig } from "./test-support";

describe("evaluateRules", () => {
  const config = defaultRuleConfig();

  it("covers the seven rules of domain.md", () => {
    expect(RULE_CODES).toEqual([
      "SEVERE_OVERDUE",
      "CASH_OUT",
      "MULTI_LENDING",
      "HIGH_UTILISATION",
      "LIMIT_APPLICATION_BURST",
      "SCORE_DROP",
      "CONTACT_LOST",
    ]);
  });

  it("fires nothing on an account in good standing", () => {
    expect(evaluateRules(account({ creditScores: [{ id: "1", score: 720, scoredAt: daysAgo(10) }] }), config)).toEqual([]);
  });

  it("returns each rule that fires with the severity the configuration gives it", () => {
    const data = account({
      currentDpd: 95,
      creditScores: [{ id: "1", score: 500, scoredAt: daysAgo(3) }],
      contactEvents: [{ id: "2", kind: "APP_UNINSTALLED", occurredAt: daysAgo(20) }],
    });
    const outcomes = evaluateRules(data, config);
    expect(outcomes.map((o) => [o.ruleCode, o.severity])).toEqual([
      ["SEVERE_OVERDUE", "CRITICAL"],
      ["SCORE_DROP", "MEDIUM"],
      ["CONTACT_LOST", "HIGH"],
    ]);
    const lowered = { ...config, rules: { ...config.rules, SCORE_DROP: { ...config.rules.SCORE_DROP, severity: "LOW" as const } } };
    expect(evaluateRules(data, lowered).find((o) => o.ruleCode === "SCORE_DROP")?.severity).toBe("LOW");
  });
});
