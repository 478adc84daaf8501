-- CreateTable
CREATE TABLE "team_flag_week" (
    "week" DATE NOT NULL,
    "rule_code" "RuleCode" NOT NULL,
    "region" TEXT NOT NULL,
    "has_credit_line" BOOLEAN NOT NULL,
    "has_cash_loan" BOOLEAN NOT NULL,
    "raised" INTEGER NOT NULL DEFAULT 0,
    "cleared" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "team_flag_week_pkey" PRIMARY KEY ("week","rule_code","region","has_credit_line","has_cash_loan")
);



-- ---------------------------------------------------------------------------------------------------------
-- Hand-written: the team charts of issue 7 (lib/portfolio-metrics/find-*.ts, team metrics). Flags per week come from
-- team_flag_week, kept by the statement-level triggers below (one aggregated upsert per statement, whatever writes
-- the flags), the other team charts read the raw tables through the indexes below. Prisma's JS migration runner
-- splits a script at every semicolon, so function bodies are E'' strings with \073 and comments here carry none.
-- ---------------------------------------------------------------------------------------------------------

-- Adds a statement's flags to team_flag_week: each flag counts as raised in the week (Monday, UTC) of detected_at
-- and, once cleared, as cleared in the week of cleared_at, under its account's region and products at that moment.
-- An UPDATE takes back the old row's contributions and adds the new row's (only rows whose counted columns changed),
-- a DELETE takes them back. Ordered by key so that concurrent writers lock the summary rows in one order.
CREATE FUNCTION team_flag_week_apply() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    WITH d AS (SELECT account_id, rule_code, detected_at, cleared_at, 1 AS sign FROM new_flag)
    INSERT INTO team_flag_week AS t (week, rule_code, region, has_credit_line, has_cash_loan, raised, cleared)
      SELECT c.week, c.rule_code, a.region, a.has_credit_line, a.has_cash_loan, sum(c.raised)::int, sum(c.cleared)::int
      FROM (SELECT date_trunc(''week'', d.detected_at AT TIME ZONE ''UTC'')::date AS week, d.rule_code, d.account_id, d.sign AS raised, 0 AS cleared FROM d
            UNION ALL
            SELECT date_trunc(''week'', d.cleared_at AT TIME ZONE ''UTC'')::date, d.rule_code, d.account_id, 0, d.sign FROM d WHERE d.cleared_at IS NOT NULL) c
      JOIN account a ON a.id = c.account_id
      GROUP BY 1, 2, 3, 4, 5
      ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (week, rule_code, region, has_credit_line, has_cash_loan)
      DO UPDATE SET raised = t.raised + EXCLUDED.raised, cleared = t.cleared + EXCLUDED.cleared\073
  ELSIF TG_OP = ''UPDATE'' THEN
    WITH d AS (SELECT n.account_id, n.rule_code, n.detected_at, n.cleared_at, 1 AS sign FROM new_flag n JOIN old_flag o ON o.id = n.id
        WHERE (o.account_id, o.rule_code, o.detected_at, o.cleared_at) IS DISTINCT FROM (n.account_id, n.rule_code, n.detected_at, n.cleared_at)
      UNION ALL
      SELECT o.account_id, o.rule_code, o.detected_at, o.cleared_at, -1 FROM new_flag n JOIN old_flag o ON o.id = n.id
        WHERE (o.account_id, o.rule_code, o.detected_at, o.cleared_at) IS DISTINCT FROM (n.account_id, n.rule_code, n.detected_at, n.cleared_at))
    INSERT INTO team_flag_week AS t (week, rule_code, region, has_credit_line, has_cash_loan, raised, cleared)
      SELECT c.week, c.rule_code, a.region, a.has_credit_line, a.has_cash_loan, sum(c.raised)::int, sum(c.cleared)::int
      FROM (SELECT date_trunc(''week'', d.detected_at AT TIME ZONE ''UTC'')::date AS week, d.rule_code, d.account_id, d.sign AS raised, 0 AS cleared FROM d
            UNION ALL
            SELECT date_trunc(''week'', d.cleared_at AT TIME ZONE ''UTC'')::date, d.rule_code, d.account_id, 0, d.sign FROM d WHERE d.cleared_at IS NOT NULL) c
      JOIN account a ON a.id = c.account_id
      GROUP BY 1, 2, 3, 4, 5
      ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (week, rule_code, region, has_credit_line, has_cash_loan)
      DO UPDATE SET raised = t.raised + EXCLUDED.raised, cleared = t.cleared + EXCLUDED.cleared\073
  ELSE
    WITH d AS (SELECT account_id, rule_code, detected_at, cleared_at, -1 AS sign FROM old_flag)
    INSERT INTO team_flag_week AS t (week, rule_code, region, has_credit_line, has_cash_loan, raised, cleared)
      SELECT c.week, c.rule_code, a.region, a.has_credit_line, a.has_cash_loan, sum(c.raised)::int, sum(c.cleared)::int
      FROM (SELECT date_trunc(''week'', d.detected_at AT TIME ZONE ''UTC'')::date AS week, d.rule_code, d.account_id, d.sign AS raised, 0 AS cleared FROM d
            UNION ALL
            SELECT date_trunc(''week'', d.cleared_at AT TIME ZONE ''UTC'')::date, d.rule_code, d.account_id, 0, d.sign FROM d WHERE d.cleared_at IS NOT NULL) c
      JOIN account a ON a.id = c.account_id
      GROUP BY 1, 2, 3, 4, 5
      ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (week, rule_code, region, has_credit_line, has_cash_loan)
      DO UPDATE SET raised = t.raised + EXCLUDED.raised, cleared = t.cleared + EXCLUDED.cleared\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER team_flag_week_insert AFTER INSERT ON "flag" REFERENCING NEW TABLE AS new_flag
  FOR EACH STATEMENT EXECUTE FUNCTION team_flag_week_apply();
CREATE TRIGGER team_flag_week_update AFTER UPDATE ON "flag" REFERENCING OLD TABLE AS old_flag NEW TABLE AS new_flag
  FOR EACH STATEMENT EXECUTE FUNCTION team_flag_week_apply();
CREATE TRIGGER team_flag_week_delete AFTER DELETE ON "flag" REFERENCING OLD TABLE AS old_flag
  FOR EACH STATEMENT EXECUTE FUNCTION team_flag_week_apply();

-- From scratch, for a database whose summary is missing or in doubt: holds off flag writers while it recounts.
CREATE FUNCTION rebuild_team_flag_week() RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  LOCK TABLE flag IN SHARE MODE\073
  DELETE FROM team_flag_week\073
  INSERT INTO team_flag_week (week, rule_code, region, has_credit_line, has_cash_loan, raised, cleared)
    SELECT c.week, c.rule_code, a.region, a.has_credit_line, a.has_cash_loan, sum(c.raised)::int, sum(c.cleared)::int
    FROM (SELECT date_trunc(''week'', f.detected_at AT TIME ZONE ''UTC'')::date AS week, f.rule_code, f.account_id, 1 AS raised, 0 AS cleared FROM flag f
          UNION ALL
          SELECT date_trunc(''week'', f.cleared_at AT TIME ZONE ''UTC'')::date, f.rule_code, f.account_id, 0, 1 FROM flag f WHERE f.cleared_at IS NOT NULL) c
    JOIN account a ON a.id = c.account_id
    GROUP BY 1, 2, 3, 4, 5\073
END';

SELECT rebuild_team_flag_week();

-- Open cases by severity and age: an index-only scan of the open cases.
CREATE INDEX review_case_open_severity_age ON "review_case" (severity, opened_at)
  INCLUDE (region, has_credit_line, has_cash_loan, due_at) WHERE status <> 'CLOSED';
-- Closed cases by week of closing (SLA, reviewer throughput).
CREATE INDEX review_case_closed_week ON "review_case" (closed_at)
  INCLUDE (due_at, opened_at, claimed_at, assignee_id, region, has_credit_line, has_cash_loan) WHERE status = 'CLOSED';
-- Decisions by week of proposal, of decision and of effect: index-only scans when no region or product is asked.
CREATE INDEX decision_proposed_at ON "decision" (proposed_at) INCLUDE (kind, status, account_id);
CREATE INDEX decision_decided_at ON "decision" (decided_at) INCLUDE (kind, status, account_id) WHERE decided_at IS NOT NULL;
CREATE INDEX decision_effective_at ON "decision" (effective_at) INCLUDE (kind, status, appeal_id, account_id) WHERE effective_at IS NOT NULL;
-- A closed case's closing decision (reviewer throughput): the case's decisions by decision time.
CREATE INDEX decision_case_decided ON "decision" (case_id, decided_at) WHERE case_id IS NOT NULL;
