-- The drill-down from a bucket bar or a roll-rate cell (lib/portfolio-metrics/find-bucket-accounts.ts): the statements
-- of one month in one DPD range, seeked directly instead of walking every statement in account order.
CREATE INDEX "statement_month_dpd_idx" ON "statement" ((date_trunc('month', "cycle_date"::timestamp)), "dpd", "account_id");
