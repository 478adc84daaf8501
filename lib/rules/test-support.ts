// Shared by the rules' tests: the configuration of the default-rules migration (read from the migration itself, so
// the tests exercise exactly what databases receive) and an account builder with neutral data.
import fs from "node:fs";
import path from "node:path";
import type { AccountData } from "./account-data";
import { parseRuleConfig, type RuleConfig } from "./config";

export const DEFAULT_RULE_CONFIG_MIGRATION = path.join(
  __dirname,
  "../../prisma/migrations/20261122010000_default_rule_config/migration.sql",
);

/** The JSON literal of the migration's INSERT. */
export function migrationConfigJson(): unknown {
  const sql = fs.readFileSync(DEFAULT_RULE_CONFIG_MIGRATION, "utf8");
  const match = /'(\{[\s\S]*\})'::jsonb/.exec(sql);
  if (!match) throw new Error("the default rule config migration has no '{...}'::jsonb literal");
  return JSON.parse(match[1]);
}

export const defaultRuleConfig = (): RuleConfig => parseRuleConfig(1, migrationConfigJson()).config;

export const AS_OF = "2026-09-30";

export function account(overrides: Partial<AccountData> = {}): AccountData {
  return {
    id: 1,
    asOf: AS_OF,
    currentDpd: 0,
    dpdAsOf: AS_OF,
    creditLimit: "10000.00",
    limitChanges: [],
    statements: [],
    purchases: [],
    bureauEvents: [],
    limitApplications: [],
    creditScores: [],
    contactEvents: [],
    ...overrides,
  };
}

/** An instant on a day relative to AS_OF (0 = the as-of day itself), at the given UTC time. */
export function daysAgo(days: number, time = "12:00:00.000"): string {
  const date = new Date(Date.parse(`${AS_OF}T00:00:00.000Z`) - days * 86_400_000).toISOString().slice(0, 10);
  return `${date}T${time}Z`;
}
