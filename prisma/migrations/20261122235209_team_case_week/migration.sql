-- CreateTable
CREATE TABLE "team_case_week" (
    "week" DATE NOT NULL,
    "region" TEXT NOT NULL,
    "has_credit_line" BOOLEAN NOT NULL,
    "has_cash_loan" BOOLEAN NOT NULL,
    "met" INTEGER NOT NULL DEFAULT 0,
    "breached" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "team_case_week_pkey" PRIMARY KEY ("week","region","has_credit_line","has_cash_loan")
);




-- ---------------------------------------------------------------------------------------------------------
-- Hand-written: team_case_week is kept by the statement-level triggers below, whatever closes, reopens or edits a
-- case (one aggregated upsert per statement), and filled from the existing cases. Prisma's JS migration runner splits
-- a script at every semicolon, so function bodies are E'' strings with \073 and comments here carry none.
-- ---------------------------------------------------------------------------------------------------------

-- A CLOSED case counts once, in the week of its closed_at: met when closed_at <= due_at, else breached. An UPDATE
-- takes back the old row (when it was CLOSED) and adds the new one (when it is), only for rows whose counted columns
-- changed, a DELETE takes it back. Ordered by key so that concurrent writers lock the summary rows in one order.
CREATE FUNCTION team_case_week_apply() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    WITH d AS (SELECT n.closed_at, n.due_at, n.region, n.has_credit_line, n.has_cash_loan, 1 AS sign FROM new_case n WHERE n.status = ''CLOSED'' AND n.closed_at IS NOT NULL)
    INSERT INTO team_case_week AS t (week, region, has_credit_line, has_cash_loan, met, breached)
      SELECT date_trunc(''week'', d.closed_at AT TIME ZONE ''UTC'')::date, d.region, d.has_credit_line, d.has_cash_loan,
             coalesce(sum(d.sign) FILTER (WHERE d.closed_at <= d.due_at), 0)::int, coalesce(sum(d.sign) FILTER (WHERE d.closed_at > d.due_at), 0)::int
      FROM d
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
    ON CONFLICT (week, region, has_credit_line, has_cash_loan)
      DO UPDATE SET met = t.met + EXCLUDED.met, breached = t.breached + EXCLUDED.breached\073
  ELSIF TG_OP = ''UPDATE'' THEN
    WITH d AS (SELECT n.closed_at, n.due_at, n.region, n.has_credit_line, n.has_cash_loan, 1 AS sign FROM new_case n JOIN old_case o ON o.id = n.id
        WHERE n.status = ''CLOSED'' AND n.closed_at IS NOT NULL AND (o.status, o.closed_at, o.due_at, o.region, o.has_credit_line, o.has_cash_loan) IS DISTINCT FROM (n.status, n.closed_at, n.due_at, n.region, n.has_credit_line, n.has_cash_loan)
      UNION ALL
      SELECT o.closed_at, o.due_at, o.region, o.has_credit_line, o.has_cash_loan, -1 AS sign FROM new_case n JOIN old_case o ON o.id = n.id
        WHERE o.status = ''CLOSED'' AND o.closed_at IS NOT NULL AND (o.status, o.closed_at, o.due_at, o.region, o.has_credit_line, o.has_cash_loan) IS DISTINCT FROM (n.status, n.closed_at, n.due_at, n.region, n.has_credit_line, n.has_cash_loan))
    INSERT INTO team_case_week AS t (week, region, has_credit_line, has_cash_loan, met, breached)
      SELECT date_trunc(''week'', d.closed_at AT TIME ZONE ''UTC'')::date, d.region, d.has_credit_line, d.has_cash_loan,
             coalesce(sum(d.sign) FILTER (WHERE d.closed_at <= d.due_at), 0)::int, coalesce(sum(d.sign) FILTER (WHERE d.closed_at > d.due_at), 0)::int
      FROM d
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
    ON CONFLICT (week, region, has_credit_line, has_cash_loan)
      DO UPDATE SET met = t.met + EXCLUDED.met, breached = t.breached + EXCLUDED.breached\073
  ELSE
    WITH d AS (SELECT o.closed_at, o.due_at, o.region, o.has_credit_line, o.has_cash_loan, -1 AS sign FROM old_case o WHERE o.status = ''CLOSED'' AND o.closed_at IS NOT NULL)
    INSERT INTO team_case_week AS t (week, region, has_credit_line, has_cash_loan, met, breached)
      SELECT date_trunc(''week'', d.closed_at AT TIME ZONE ''UTC'')::date, d.region, d.has_credit_line, d.has_cash_loan,
             coalesce(sum(d.sign) FILTER (WHERE d.closed_at <= d.due_at), 0)::int, coalesce(sum(d.sign) FILTER (WHERE d.closed_at > d.due_at), 0)::int
      FROM d
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
    ON CONFLICT (week, region, has_credit_line, has_cash_loan)
      DO UPDATE SET met = t.met + EXCLUDED.met, breached = t.breached + EXCLUDED.breached\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER team_case_week_insert AFTER INSERT ON "review_case" REFERENCING NEW TABLE AS new_case
  FOR EACH STATEMENT EXECUTE FUNCTION team_case_week_apply();
CREATE TRIGGER team_case_week_update AFTER UPDATE ON "review_case" REFERENCING OLD TABLE AS old_case NEW TABLE AS new_case
  FOR EACH STATEMENT EXECUTE FUNCTION team_case_week_apply();
CREATE TRIGGER team_case_week_delete AFTER DELETE ON "review_case" REFERENCING OLD TABLE AS old_case
  FOR EACH STATEMENT EXECUTE FUNCTION team_case_week_apply();

-- From scratch, for a database whose summary is missing or in doubt: holds off case writers while it recounts.
CREATE FUNCTION rebuild_team_case_week() RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  LOCK TABLE review_case IN SHARE MODE\073
  DELETE FROM team_case_week\073
  INSERT INTO team_case_week (week, region, has_credit_line, has_cash_loan, met, breached)
    SELECT date_trunc(''week'', c.closed_at AT TIME ZONE ''UTC'')::date, c.region, c.has_credit_line, c.has_cash_loan,
           count(*) FILTER (WHERE c.closed_at <= c.due_at)::int, count(*) FILTER (WHERE c.closed_at > c.due_at)::int
    FROM review_case c WHERE c.status = ''CLOSED'' AND c.closed_at IS NOT NULL
    GROUP BY 1, 2, 3, 4\073
END';

SELECT rebuild_team_case_week();
