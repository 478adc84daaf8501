-- AlterTable
ALTER TABLE "review_case" ADD COLUMN     "current_dpd" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "flagged_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "has_cash_loan" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "has_credit_line" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "name_masked" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "outstanding" DECIMAL(14,2) NOT NULL DEFAULT 0,
ADD COLUMN     "phone_last4" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "region" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "rule_codes" "RuleCode"[] DEFAULT ARRAY[]::"RuleCode"[];



-- ---------------------------------------------------------------------------------------------------------
-- Hand-written: the review queue's snapshot columns are owned by the triggers below, and every filter and sort of
-- the queue (lib/queue/queries.ts) has an index that stops after the page. Prisma's JS migration runner splits
-- a script at every semicolon, even inside dollar quotes, so trigger bodies are E'' strings with \073 (the octal
-- escape of a semicolon), and comments here carry none.
-- ---------------------------------------------------------------------------------------------------------

ALTER TABLE "review_case" ALTER COLUMN "rule_codes" SET NOT NULL;

-- The customer's name as the queue shows it. Keep in step with maskName in lib/queue/masking.ts (an integration
-- test compares the two): romanised names keep the surname and the given name's initial, Chinese names their
-- first and last character.
CREATE FUNCTION mask_name(full_name text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE
    WHEN position(' ' IN n) > 0 THEN split_part(n, ' ', 1) || ' ' || left(substr(n, position(' ' IN n) + 1), 1) || '***'
    WHEN char_length(n) <= 1 THEN n
    WHEN char_length(n) = 2 THEN left(n, 1) || '*'
    ELSE left(n, 1) || repeat('*', char_length(n) - 2) || right(n, 1)
  END
  FROM (SELECT btrim(regexp_replace(full_name, ' +', ' ', 'g'), ' ') AS n) AS name
$$;

-- A new case takes its snapshot from its account, the customer and the open flags, whoever inserts it.
CREATE FUNCTION review_case_take_snapshot() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  SELECT a.current_dpd, a.outstanding, a.region, a.has_credit_line, a.has_cash_loan, lower(mask_name(cu.full_name)), right(cu.phone, 4)
    INTO NEW.current_dpd, NEW.outstanding, NEW.region, NEW.has_credit_line, NEW.has_cash_loan, NEW.name_masked, NEW.phone_last4
    FROM account a JOIN customer cu ON cu.id = a.customer_id WHERE a.id = NEW.account_id\073
  SELECT coalesce(array_agg(f.rule_code ORDER BY f.rule_code), ''{}''), coalesce(min(f.detected_at), NEW.opened_at)
    INTO NEW.rule_codes, NEW.flagged_at
    FROM flag f WHERE f.account_id = NEW.account_id AND f.cleared_at IS NULL\073
  RETURN NEW\073
END';
CREATE TRIGGER review_case_snapshot BEFORE INSERT ON "review_case"
  FOR EACH ROW EXECUTE FUNCTION review_case_take_snapshot();

-- Statement-level, with transition tables: a bulk load or a rules batch refreshes its open cases in one join.
CREATE FUNCTION account_refresh_case_snapshot() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE review_case c SET current_dpd = n.current_dpd, outstanding = n.outstanding, region = n.region,
      has_credit_line = n.has_credit_line, has_cash_loan = n.has_cash_loan
    FROM changed_account n
    WHERE c.account_id = n.id AND c.status <> ''CLOSED''
      AND (c.current_dpd, c.outstanding, c.region, c.has_credit_line, c.has_cash_loan)
        IS DISTINCT FROM (n.current_dpd, n.outstanding, n.region, n.has_credit_line, n.has_cash_loan)\073
  RETURN NULL\073
END';
CREATE TRIGGER account_case_snapshot AFTER UPDATE ON "account"
  REFERENCING NEW TABLE AS changed_account FOR EACH STATEMENT EXECUTE FUNCTION account_refresh_case_snapshot();

CREATE FUNCTION customer_refresh_case_snapshot() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE review_case c SET name_masked = lower(mask_name(n.full_name)), phone_last4 = right(n.phone, 4)
    FROM changed_customer n JOIN account a ON a.customer_id = n.id
    WHERE c.account_id = a.id AND c.status <> ''CLOSED''
      AND (c.name_masked, c.phone_last4) IS DISTINCT FROM (lower(mask_name(n.full_name)), right(n.phone, 4))\073
  RETURN NULL\073
END';
CREATE TRIGGER customer_case_snapshot AFTER UPDATE ON "customer"
  REFERENCING NEW TABLE AS changed_customer FOR EACH STATEMENT EXECUTE FUNCTION customer_refresh_case_snapshot();

-- Raising, updating or clearing flags refreshes the rule codes (and first flagging) of the accounts' open cases.
CREATE FUNCTION flag_refresh_case_snapshot() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE review_case c SET rule_codes = s.rule_codes, flagged_at = coalesce(s.flagged_at, c.flagged_at)
    FROM (
      SELECT f.account_id,
          coalesce(array_agg(f.rule_code ORDER BY f.rule_code) FILTER (WHERE f.cleared_at IS NULL), ''{}'') AS rule_codes,
          min(f.detected_at) FILTER (WHERE f.cleared_at IS NULL) AS flagged_at
        FROM flag f WHERE f.account_id IN (SELECT account_id FROM changed_flag) GROUP BY f.account_id
    ) s
    WHERE c.account_id = s.account_id AND c.status <> ''CLOSED''
      AND (c.rule_codes, c.flagged_at) IS DISTINCT FROM (s.rule_codes, coalesce(s.flagged_at, c.flagged_at))\073
  RETURN NULL\073
END';
CREATE TRIGGER flag_insert_case_snapshot AFTER INSERT ON "flag"
  REFERENCING NEW TABLE AS changed_flag FOR EACH STATEMENT EXECUTE FUNCTION flag_refresh_case_snapshot();
CREATE TRIGGER flag_update_case_snapshot AFTER UPDATE ON "flag"
  REFERENCING NEW TABLE AS changed_flag FOR EACH STATEMENT EXECUTE FUNCTION flag_refresh_case_snapshot();

-- Cases that exist already get their snapshot now.
UPDATE "review_case" c SET current_dpd = a.current_dpd, outstanding = a.outstanding, region = a.region,
    has_credit_line = a.has_credit_line, has_cash_loan = a.has_cash_loan,
    name_masked = lower(mask_name(cu.full_name)), phone_last4 = right(cu.phone, 4),
    rule_codes = coalesce(s.rule_codes, '{}'), flagged_at = coalesce(s.flagged_at, c.opened_at)
  FROM account a
  JOIN customer cu ON cu.id = a.customer_id
  LEFT JOIN (
    SELECT account_id, array_agg(rule_code ORDER BY rule_code) AS rule_codes, min(detected_at) AS flagged_at
      FROM flag WHERE cleared_at IS NULL GROUP BY account_id
  ) s ON s.account_id = a.id
  WHERE a.id = c.account_id;

-- One partial index per order of the queue (open cases only), each ending in the id that breaks ties, so a
-- keyset page is a range scan that stops after the page, read forwards or backwards. The default order's index
-- also carries the columns of the filters it serves by filtering (DPD and balance ranges, assignee, product), so
-- the page's ids are found by an index-only scan that skips non-matching cases without visiting the table.
CREATE INDEX "review_case_queue_priority" ON "review_case" ("priority", "due_at", "id")
  INCLUDE ("current_dpd", "outstanding", "assignee_id", "has_credit_line", "has_cash_loan") WHERE "status" <> 'CLOSED';
CREATE INDEX "review_case_queue_due" ON "review_case" ("due_at", "id") WHERE "status" <> 'CLOSED';
CREATE INDEX "review_case_queue_dpd" ON "review_case" ("current_dpd", "id") WHERE "status" <> 'CLOSED';
CREATE INDEX "review_case_queue_outstanding" ON "review_case" ("outstanding", "id") WHERE "status" <> 'CLOSED';
CREATE INDEX "review_case_queue_flagged" ON "review_case" ("flagged_at", "id") WHERE "status" <> 'CLOSED';

-- Filters whose matches can be rare lead an index in the default order: assignee (mine or unassigned), region,
-- and each rule (a partial index per rule code: small, and the planner picks it from the literal in the query).
-- Severity is served by priority (the two move together), status by review_case_status_priority_due_at_id_idx,
-- search by account id by review_case_one_open_per_account, DPD and balance ranges by their order indexes.
CREATE INDEX "review_case_queue_assignee" ON "review_case" ("assignee_id", "priority", "due_at", "id") WHERE "status" <> 'CLOSED';
CREATE INDEX "review_case_queue_region" ON "review_case" ("region", "priority", "due_at", "id") WHERE "status" <> 'CLOSED';
CREATE INDEX "review_case_queue_rule_severe_overdue" ON "review_case" ("priority", "due_at", "id")
  WHERE "status" <> 'CLOSED' AND "rule_codes" @> '{SEVERE_OVERDUE}'::"RuleCode"[];
CREATE INDEX "review_case_queue_rule_cash_out" ON "review_case" ("priority", "due_at", "id")
  WHERE "status" <> 'CLOSED' AND "rule_codes" @> '{CASH_OUT}'::"RuleCode"[];
CREATE INDEX "review_case_queue_rule_multi_lending" ON "review_case" ("priority", "due_at", "id")
  WHERE "status" <> 'CLOSED' AND "rule_codes" @> '{MULTI_LENDING}'::"RuleCode"[];
CREATE INDEX "review_case_queue_rule_high_utilisation" ON "review_case" ("priority", "due_at", "id")
  WHERE "status" <> 'CLOSED' AND "rule_codes" @> '{HIGH_UTILISATION}'::"RuleCode"[];
CREATE INDEX "review_case_queue_rule_limit_application_burst" ON "review_case" ("priority", "due_at", "id")
  WHERE "status" <> 'CLOSED' AND "rule_codes" @> '{LIMIT_APPLICATION_BURST}'::"RuleCode"[];
CREATE INDEX "review_case_queue_rule_score_drop" ON "review_case" ("priority", "due_at", "id")
  WHERE "status" <> 'CLOSED' AND "rule_codes" @> '{SCORE_DROP}'::"RuleCode"[];
CREATE INDEX "review_case_queue_rule_contact_lost" ON "review_case" ("priority", "due_at", "id")
  WHERE "status" <> 'CLOSED' AND "rule_codes" @> '{CONTACT_LOST}'::"RuleCode"[];

-- The index-only scans above skip a case without visiting the table only on pages the visibility map marks
-- all-visible, and claims keep changing rows: vacuum this small, hot table after 2 percent of it changed rather than
-- the default 20 percent.
ALTER TABLE "review_case" SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
-- Finer histograms of the range filters' columns, so that the planner can tell a rare range (read through its own
-- index, then sorted) from a common one (read in the queue's order, filtered).
ALTER TABLE "review_case" ALTER COLUMN "current_dpd" SET STATISTICS 1000, ALTER COLUMN "outstanding" SET STATISTICS 1000;

-- Search: the phone's last four digits, and a prefix of the masked name (stored lower-case, so that any letter
-- case matches and the planner has the column's own statistics to judge how many cases a prefix selects).
CREATE INDEX "review_case_queue_phone" ON "review_case" ("phone_last4") WHERE "status" <> 'CLOSED';
CREATE INDEX "review_case_queue_name" ON "review_case" ("name_masked" text_pattern_ops) WHERE "status" <> 'CLOSED';
