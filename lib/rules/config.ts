// The shape of a rule configuration: the thresholds of the seven review rules (domain.md) and the SLA hours per
// severity. Versions live as JSON in rule_config (the highest version is in force, rows are never edited); this
// schema is checked on every load, so a malformed or mistyped version is refused with the fields at fault instead of
// silently changing what the rules do. Objects are strict: an unknown key is a typo, not an extension.
import { z } from "zod";
import { Severity } from "@/lib/generated/prisma/enums";

const severity = z.enum(Severity);
const count = z.int().min(1).max(1000);
const days = z.int().min(1).max(3650);
const dpd = z.int().min(0).max(3650);
const percent = z.int().min(1).max(100);
const hours = z.int().min(1).max(24 * 365);

const lookbackCoversWindow = (r: { windowDays: number; lookbackDays: number }) => r.lookbackDays >= r.windowDays;
const lookbackMessage = { message: "lookbackDays cannot be shorter than windowDays", path: ["lookbackDays"] };

export const ruleConfigSchema = z.strictObject({
  /** Hours from detection to the case's due date, per severity. */
  slaHours: z.strictObject({ CRITICAL: hours, HIGH: hours, MEDIUM: hours, LOW: hours }),
  rules: z.strictObject({
    SEVERE_OVERDUE: z
      .strictObject({
        severity,
        currentDpdAtLeast: dpd,
        lastStatements: count,
        statementDpdAtLeast: dpd,
        statementsAtLeast: count,
      })
      .refine((r) => r.statementsAtLeast <= r.lastStatements, {
        message: "statementsAtLeast cannot exceed lastStatements",
        path: ["statementsAtLeast"],
      }),
    CASH_OUT: z
      .strictObject({
        severity,
        /** Whole currency units: 100 means amounts that are exact multiples of 100.00. */
        roundAmountMultiple: z.int().min(1).max(1_000_000),
        purchasesAtLeast: count,
        windowDays: days,
        shareOfLimitPercentAtLeast: percent,
        /** How long a burst, or a purchase at a watch-listed merchant, keeps the rule firing. */
        lookbackDays: days,
      })
      .refine(lookbackCoversWindow, lookbackMessage),
    MULTI_LENDING: z.strictObject({ severity, lendersAtLeast: count, windowDays: days }),
    HIGH_UTILISATION: z.strictObject({ severity, utilisationPercentAtLeast: percent, consecutiveStatements: count }),
    LIMIT_APPLICATION_BURST: z
      .strictObject({ severity, applicationsAtLeast: count, windowDays: days, lookbackDays: days })
      .refine(lookbackCoversWindow, lookbackMessage),
    SCORE_DROP: z.strictObject({
      severity,
      scoreBelow: z.int().min(1).max(1000),
      dropAtLeast: z.int().min(1).max(1000),
      windowDays: days,
    }),
    CONTACT_LOST: z.strictObject({ severity, dpdAtLeast: dpd, silentDays: days }),
  }),
});

export type RuleConfig = z.infer<typeof ruleConfigSchema>;
export type RuleThresholds = RuleConfig["rules"];

/** A configuration as stored: its version travels with it, because every flag records the version that raised it. */
export interface RuleConfigVersion {
  version: number;
  config: RuleConfig;
}

/** The stored configuration does not have the expected shape; the message lists each field at fault. */
export class RuleConfigInvalid extends Error {
  readonly code = "RULE_CONFIG_INVALID";
  constructor(
    readonly version: number,
    readonly issues: string,
  ) {
    super(`rule_config version ${version} is invalid:\n${issues}`);
  }
}

export function parseRuleConfig(version: number, value: unknown): RuleConfigVersion {
  const parsed = ruleConfigSchema.safeParse(value);
  if (!parsed.success) throw new RuleConfigInvalid(version, z.prettifyError(parsed.error));
  return { version, config: parsed.data };
}
