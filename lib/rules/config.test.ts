import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRuleConfig, RuleConfigInvalid } from "./config";
import { DEFAULT_RULE_CONFIG_MIGRATION, migrationConfigJson } from "./test-support";

const valid = () => structuredClone(migrationConfigJson()) as { rules: Record<string, Record<string, unknown>>; slaHours: Record<string, unknown> };

describe("rule configuration", () => {
  it("accepts version 1 of the migration, with domain.md's thresholds, severities and SLAs", () => {
    const { version, config } = parseRuleConfig(1, migrationConfigJson());
    expect(version).toBe(1);
    expect(config.slaHours).toEqual({ CRITICAL: 24, HIGH: 72, MEDIUM: 168, LOW: 336 });
    expect(config.rules.SEVERE_OVERDUE).toEqual({
      severity: "CRITICAL",
      currentDpdAtLeast: 90,
      lastStatements: 6,
      statementDpdAtLeast: 60,
      statementsAtLeast: 3,
    });
    expect(config.rules.CASH_OUT).toEqual({
      severity: "CRITICAL",
      roundAmountMultiple: 100,
      purchasesAtLeast: 3,
      windowDays: 7,
      shareOfLimitPercentAtLeast: 80,
      lookbackDays: 90,
    });
    expect(config.rules.MULTI_LENDING).toEqual({ severity: "HIGH", lendersAtLeast: 5, windowDays: 30 });
    expect(config.rules.HIGH_UTILISATION).toEqual({ severity: "MEDIUM", utilisationPercentAtLeast: 90, consecutiveStatements: 3 });
    expect(config.rules.LIMIT_APPLICATION_BURST).toEqual({ severity: "MEDIUM", applicationsAtLeast: 3, windowDays: 7, lookbackDays: 90 });
    expect(config.rules.SCORE_DROP).toEqual({ severity: "MEDIUM", scoreBelow: 550, dropAtLeast: 100, windowDays: 90 });
    expect(config.rules.CONTACT_LOST).toEqual({ severity: "HIGH", dpdAtLeast: 30, silentDays: 14 });
  });

  it.each([
    ["a missing rule", (c: ReturnType<typeof valid>) => delete c.rules.SCORE_DROP, /SCORE_DROP/],
    ["a missing threshold", (c: ReturnType<typeof valid>) => delete c.rules.CASH_OUT.windowDays, /windowDays/],
    ["an unknown key (a typo)", (c: ReturnType<typeof valid>) => (c.rules.MULTI_LENDING.lenderAtLeast = 5), /lenderAtLeast/],
    ["an unknown severity", (c: ReturnType<typeof valid>) => (c.rules.CONTACT_LOST.severity = "URGENT"), /severity/],
    ["a fractional count", (c: ReturnType<typeof valid>) => (c.rules.LIMIT_APPLICATION_BURST.applicationsAtLeast = 2.5), /applicationsAtLeast/],
    ["a zero window", (c: ReturnType<typeof valid>) => (c.rules.MULTI_LENDING.windowDays = 0), /windowDays/],
    ["a share over 100%", (c: ReturnType<typeof valid>) => (c.rules.CASH_OUT.shareOfLimitPercentAtLeast = 120), /shareOfLimitPercentAtLeast/],
    ["a threshold given as text", (c: ReturnType<typeof valid>) => (c.rules.SEVERE_OVERDUE.currentDpdAtLeast = "90"), /currentDpdAtLeast/],
    ["more statements required than looked at", (c: ReturnType<typeof valid>) => (c.rules.SEVERE_OVERDUE.statementsAtLeast = 7), /cannot exceed lastStatements/],
    ["a lookback shorter than the burst window", (c: ReturnType<typeof valid>) => (c.rules.LIMIT_APPLICATION_BURST.lookbackDays = 6), /lookbackDays cannot be shorter/],
    ["a severity without SLA", (c: ReturnType<typeof valid>) => delete c.slaHours.LOW, /LOW/],
  ])("refuses %s, naming the field", (_name, breakIt, message) => {
    const config = valid();
    breakIt(config);
    expect(() => parseRuleConfig(4, config)).toThrow(RuleConfigInvalid);
    expect(() => parseRuleConfig(4, config)).toThrow(message);
    expect(() => parseRuleConfig(4, config)).toThrow(/version 4/);
  });

  it("refuses what is not an object at all", () => {
    expect(() => parseRuleConfig(2, null)).toThrow(RuleConfigInvalid);
    expect(() => parseRuleConfig(2, "{}")).toThrow(RuleConfigInvalid);
  });

  it("keeps the migration free of semicolons but the statement's own, as Prisma's runner splits at every one", () => {
    const sql = fs.readFileSync(DEFAULT_RULE_CONFIG_MIGRATION, "utf8");
    expect(sql.split(";").length).toBe(2);
    expect(sql.trimEnd().endsWith(");")).toBe(true);
  });
});
