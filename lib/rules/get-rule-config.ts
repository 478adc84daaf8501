// The rule configuration in force: the highest rule_config version, shape-checked (server-only).
import "server-only";
import type { Db, Tx } from "@/lib/db";
import { parseRuleConfig, type RuleConfigVersion } from "./config";

export class NoRuleConfig extends Error {
  readonly code = "NO_RULE_CONFIG";
  constructor() {
    super("rule_config is empty: apply the migrations (version 1 holds the defaults of domain.md)");
  }
}

export async function getRuleConfigInForce(reader: Db | Tx): Promise<RuleConfigVersion> {
  const row = await reader.ruleConfig.findFirst({ orderBy: { version: "desc" }, select: { version: true, config: true } });
  if (!row) throw new NoRuleConfig();
  return parseRuleConfig(row.version, row.config);
}
