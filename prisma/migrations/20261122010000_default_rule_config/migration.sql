-- Reference data, not demo data: version 1 of the rule configuration, the thresholds and severities of the seven
-- default review rules of domain.md and the SLA hours per severity. Its shape is checked by lib/rules/config.ts.
-- Choices beyond domain.md: lookbackDays of CASH_OUT and LIMIT_APPLICATION_BURST (how long a 7-day burst, or a
-- purchase at a watch-listed merchant, keeps the rule firing) and the LOW SLA (no default rule is LOW).
-- Later versions are inserted by admins and never edit this row.
-- Prisma's runner splits at every semicolon, so the JSON and the note carry none.
INSERT INTO "rule_config" ("version", "config", "note") VALUES (
  1,
  '{
    "slaHours": { "CRITICAL": 24, "HIGH": 72, "MEDIUM": 168, "LOW": 336 },
    "rules": {
      "SEVERE_OVERDUE": { "severity": "CRITICAL", "currentDpdAtLeast": 90, "lastStatements": 6, "statementDpdAtLeast": 60, "statementsAtLeast": 3 },
      "CASH_OUT": { "severity": "CRITICAL", "roundAmountMultiple": 100, "purchasesAtLeast": 3, "windowDays": 7, "shareOfLimitPercentAtLeast": 80, "lookbackDays": 90 },
      "MULTI_LENDING": { "severity": "HIGH", "lendersAtLeast": 5, "windowDays": 30 },
      "HIGH_UTILISATION": { "severity": "MEDIUM", "utilisationPercentAtLeast": 90, "consecutiveStatements": 3 },
      "LIMIT_APPLICATION_BURST": { "severity": "MEDIUM", "applicationsAtLeast": 3, "windowDays": 7, "lookbackDays": 90 },
      "SCORE_DROP": { "severity": "MEDIUM", "scoreBelow": 550, "dropAtLeast": 100, "windowDays": 90 },
      "CONTACT_LOST": { "severity": "HIGH", "dpdAtLeast": 30, "silentDays": 14 }
    }
  }'::jsonb,
  'Default thresholds and SLAs of domain.md'
);
