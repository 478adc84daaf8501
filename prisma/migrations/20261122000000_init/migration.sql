-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('RISK_OFFICER', 'SENIOR_OFFICER', 'COMPLIANCE', 'MANAGER', 'ADMIN');

-- CreateEnum
CREATE TYPE "AccountStatus" AS ENUM ('ACTIVE', 'LIMIT_REDUCED', 'FROZEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ClosureCategory" AS ENUM ('SEVERE_OVERDUE', 'ILLEGAL_USE', 'OTHER');

-- CreateEnum
CREATE TYPE "DataSource" AS ENUM ('DEMO', 'UCI');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('EN', 'ZH');

-- CreateEnum
CREATE TYPE "LoanStatus" AS ENUM ('ACTIVE', 'REPAID', 'DEFAULTED');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('APP', 'ONLINE', 'POS', 'QR');

-- CreateEnum
CREATE TYPE "BureauEventKind" AS ENUM ('LOAN', 'INQUIRY');

-- CreateEnum
CREATE TYPE "ContactEventKind" AS ENUM ('APP_UNINSTALLED', 'APP_REINSTALLED', 'UNREACHABLE', 'REACHED');

-- CreateEnum
CREATE TYPE "ApplicationOutcome" AS ENUM ('PENDING', 'APPROVED', 'DECLINED');

-- CreateEnum
CREATE TYPE "RuleCode" AS ENUM ('SEVERE_OVERDUE', 'CASH_OUT', 'MULTI_LENDING', 'HIGH_UTILISATION', 'LIMIT_APPLICATION_BURST', 'SCORE_DROP', 'CONTACT_LOST');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('NEW', 'IN_REVIEW', 'PENDING_APPROVAL', 'ESCALATED', 'APPEAL', 'CLOSED');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('CLOSE', 'REDUCE_LIMIT', 'FREEZE', 'UNFREEZE', 'WARN', 'DISMISS', 'ESCALATE', 'REVERSE');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('PROPOSED', 'APPROVED', 'SCHEDULED', 'EFFECTIVE', 'REJECTED', 'CANCELLED', 'REVERSED');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('OPEN', 'UPHELD', 'REJECTED');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('CREDIT_BUREAU_DELINQUENCY', 'CREDIT_BUREAU_CORRECTION', 'REGULATOR_REFERRAL');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('QUEUED', 'SENT');

-- CreateEnum
CREATE TYPE "NoticeChannel" AS ENUM ('SMS', 'APP', 'EMAIL', 'LETTER');

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "password_hash" TEXT,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_login_at" TIMESTAMPTZ(3),

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_attempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT,
    "succeeded" BOOLEAN NOT NULL,
    "attempted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer" (
    "id" SERIAL NOT NULL,
    "full_name" TEXT NOT NULL,
    "national_id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'ZH',
    "birth_year" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" SERIAL NOT NULL,
    "customer_id" INTEGER NOT NULL,
    "source" "DataSource" NOT NULL DEFAULT 'DEMO',
    "external_ref" TEXT,
    "has_credit_line" BOOLEAN NOT NULL DEFAULT true,
    "has_cash_loan" BOOLEAN NOT NULL DEFAULT false,
    "status" "AccountStatus" NOT NULL DEFAULT 'ACTIVE',
    "status_since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closure_category" "ClosureCategory",
    "freeze_until" TIMESTAMPTZ(3),
    "opened_at" DATE NOT NULL,
    "region" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'CNY',
    "credit_limit" DECIMAL(14,2) NOT NULL,
    "outstanding" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "overdue_amount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "current_dpd" INTEGER NOT NULL DEFAULT 0,
    "dpd_as_of" DATE,
    "credit_score" INTEGER,
    "source_data" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "credit_limit_change" (
    "id" BIGSERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "previous_amount" DECIMAL(14,2),
    "reason" TEXT NOT NULL,
    "changed_by_id" INTEGER,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "credit_limit_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement" (
    "id" BIGSERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "cycle_date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "amount_due" DECIMAL(14,2) NOT NULL,
    "minimum_due" DECIMAL(14,2) NOT NULL,
    "amount_paid" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "paid_date" DATE,
    "dpd" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repayment" (
    "id" BIGSERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "paid_at" TIMESTAMPTZ(3) NOT NULL,
    "channel" "Channel" NOT NULL DEFAULT 'APP',

    CONSTRAINT "repayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cash_loan" (
    "id" SERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "principal" DECIMAL(14,2) NOT NULL,
    "outstanding_principal" DECIMAL(14,2) NOT NULL,
    "annual_rate" DECIMAL(6,4) NOT NULL,
    "term_months" INTEGER NOT NULL,
    "disbursed_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "LoanStatus" NOT NULL DEFAULT 'ACTIVE',

    CONSTRAINT "cash_loan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "loan_instalment" (
    "id" BIGSERIAL NOT NULL,
    "loan_id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "due_date" DATE NOT NULL,
    "amount_due" DECIMAL(14,2) NOT NULL,
    "amount_paid" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "paid_date" DATE,

    CONSTRAINT "loan_instalment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "merchant" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "watch_listed" BOOLEAN NOT NULL DEFAULT false,
    "watch_listed_at" TIMESTAMPTZ(3),
    "watch_list_reason" TEXT,

    CONSTRAINT "merchant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "purchase" (
    "id" BIGSERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "merchant_id" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "category" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "purchase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "credit_bureau_event" (
    "id" BIGSERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "kind" "BureauEventKind" NOT NULL,
    "lender_name" TEXT NOT NULL,
    "amount" DECIMAL(14,2),
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "credit_bureau_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "limit_application" (
    "id" BIGSERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "requested_amount" DECIMAL(14,2) NOT NULL,
    "applied_at" TIMESTAMPTZ(3) NOT NULL,
    "outcome" "ApplicationOutcome" NOT NULL DEFAULT 'PENDING',

    CONSTRAINT "limit_application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_event" (
    "id" BIGSERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "kind" "ContactEventKind" NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "detail" TEXT,

    CONSTRAINT "contact_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "credit_score" (
    "id" BIGSERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "scored_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "credit_score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rule_config" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL,
    "config" JSONB NOT NULL,
    "note" TEXT NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rule_config_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "flag" (
    "id" BIGSERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "rule_code" "RuleCode" NOT NULL,
    "rule_version" INTEGER NOT NULL,
    "severity" "Severity" NOT NULL,
    "evidence" JSONB NOT NULL,
    "detected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cleared_at" TIMESTAMPTZ(3),

    CONSTRAINT "flag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_case" (
    "id" SERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'NEW',
    "severity" "Severity" NOT NULL,
    "priority" INTEGER NOT NULL,
    "assignee_id" INTEGER,
    "claimed_at" TIMESTAMPTZ(3),
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "review_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decision" (
    "id" SERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "case_id" INTEGER,
    "kind" "DecisionKind" NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "reason_codes" TEXT[],
    "note" TEXT NOT NULL,
    "status" "DecisionStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposer_id" INTEGER NOT NULL,
    "approver_id" INTEGER,
    "proposed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "effective_at" TIMESTAMPTZ(3),
    "reverses_decision_id" INTEGER,
    "idempotency_key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "note" (
    "id" SERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "case_id" INTEGER,
    "author_id" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "corrects_note_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeal" (
    "id" SERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "decision_id" INTEGER,
    "channel" "NoticeChannel" NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "statement" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'OPEN',
    "outcome_reason" TEXT,
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "blacklist_entry" (
    "id" SERIAL NOT NULL,
    "customer_id" INTEGER NOT NULL,
    "account_id" INTEGER NOT NULL,
    "reason" "ClosureCategory" NOT NULL,
    "decision_id" INTEGER,
    "listed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lifted_at" TIMESTAMPTZ(3),
    "lifted_by_decision_id" INTEGER,

    CONSTRAINT "blacklist_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "external_report" (
    "id" SERIAL NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "account_id" INTEGER NOT NULL,
    "decision_id" INTEGER,
    "payload" JSONB NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'QUEUED',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "external_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer_notice" (
    "id" SERIAL NOT NULL,
    "account_id" INTEGER NOT NULL,
    "decision_id" INTEGER,
    "template" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "channel" "NoticeChannel" NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "seq" BIGINT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "actor_id" INTEGER,
    "actor_label" TEXT NOT NULL,
    "role" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "account_id" INTEGER,
    "case_id" INTEGER,
    "decision_id" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "note" TEXT,
    "request_id" TEXT,
    "ip" TEXT,
    "user_agent" TEXT,
    "prev_hash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "sign_in_attempt_email_attempted_at_idx" ON "sign_in_attempt"("email", "attempted_at");

-- CreateIndex
CREATE INDEX "sign_in_attempt_ip_attempted_at_idx" ON "sign_in_attempt"("ip", "attempted_at");

-- CreateIndex
CREATE INDEX "customer_phone_idx" ON "customer"("phone");

-- CreateIndex
CREATE INDEX "account_customer_id_idx" ON "account"("customer_id");

-- CreateIndex
CREATE INDEX "account_status_idx" ON "account"("status");

-- CreateIndex
CREATE INDEX "account_region_idx" ON "account"("region");

-- CreateIndex
CREATE INDEX "account_current_dpd_idx" ON "account"("current_dpd");

-- CreateIndex
CREATE INDEX "account_outstanding_idx" ON "account"("outstanding");

-- CreateIndex
CREATE INDEX "account_opened_at_idx" ON "account"("opened_at");

-- CreateIndex
CREATE UNIQUE INDEX "account_source_external_ref_key" ON "account"("source", "external_ref");

-- CreateIndex
CREATE INDEX "credit_limit_change_account_id_changed_at_idx" ON "credit_limit_change"("account_id", "changed_at");

-- CreateIndex
CREATE INDEX "statement_cycle_date_idx" ON "statement"("cycle_date");

-- CreateIndex
CREATE UNIQUE INDEX "statement_account_id_cycle_date_key" ON "statement"("account_id", "cycle_date");

-- CreateIndex
CREATE INDEX "repayment_account_id_paid_at_idx" ON "repayment"("account_id", "paid_at");

-- CreateIndex
CREATE INDEX "cash_loan_account_id_idx" ON "cash_loan"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "loan_instalment_loan_id_seq_key" ON "loan_instalment"("loan_id", "seq");

-- CreateIndex
CREATE INDEX "merchant_watch_listed_idx" ON "merchant"("watch_listed");

-- CreateIndex
CREATE INDEX "purchase_account_id_occurred_at_idx" ON "purchase"("account_id", "occurred_at");

-- CreateIndex
CREATE INDEX "purchase_merchant_id_occurred_at_idx" ON "purchase"("merchant_id", "occurred_at");

-- CreateIndex
CREATE INDEX "credit_bureau_event_account_id_occurred_at_idx" ON "credit_bureau_event"("account_id", "occurred_at");

-- CreateIndex
CREATE INDEX "limit_application_account_id_applied_at_idx" ON "limit_application"("account_id", "applied_at");

-- CreateIndex
CREATE INDEX "contact_event_account_id_occurred_at_idx" ON "contact_event"("account_id", "occurred_at");

-- CreateIndex
CREATE INDEX "credit_score_account_id_scored_at_idx" ON "credit_score"("account_id", "scored_at");

-- CreateIndex
CREATE UNIQUE INDEX "rule_config_version_key" ON "rule_config"("version");

-- CreateIndex
CREATE INDEX "flag_account_id_detected_at_idx" ON "flag"("account_id", "detected_at");

-- CreateIndex
CREATE INDEX "flag_rule_code_cleared_at_idx" ON "flag"("rule_code", "cleared_at");

-- CreateIndex
CREATE INDEX "review_case_status_priority_due_at_id_idx" ON "review_case"("status", "priority", "due_at", "id");

-- CreateIndex
CREATE INDEX "review_case_assignee_id_status_idx" ON "review_case"("assignee_id", "status");

-- CreateIndex
CREATE INDEX "review_case_account_id_idx" ON "review_case"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "decision_idempotency_key_key" ON "decision"("idempotency_key");

-- CreateIndex
CREATE INDEX "decision_account_id_proposed_at_idx" ON "decision"("account_id", "proposed_at");

-- CreateIndex
CREATE INDEX "decision_status_proposed_at_idx" ON "decision"("status", "proposed_at");

-- CreateIndex
CREATE INDEX "note_account_id_created_at_idx" ON "note"("account_id", "created_at");

-- CreateIndex
CREATE INDEX "appeal_account_id_idx" ON "appeal"("account_id");

-- CreateIndex
CREATE INDEX "blacklist_entry_customer_id_idx" ON "blacklist_entry"("customer_id");

-- CreateIndex
CREATE INDEX "blacklist_entry_account_id_idx" ON "blacklist_entry"("account_id");

-- CreateIndex
CREATE INDEX "external_report_account_id_idx" ON "external_report"("account_id");

-- CreateIndex
CREATE INDEX "external_report_status_created_at_idx" ON "external_report"("status", "created_at");

-- CreateIndex
CREATE INDEX "customer_notice_account_id_idx" ON "customer_notice"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "audit_event_hash_key" ON "audit_event"("hash");

-- CreateIndex
CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"("occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_seq_idx" ON "audit_event"("actor_id", "seq");

-- CreateIndex
CREATE INDEX "audit_event_action_seq_idx" ON "audit_event"("action", "seq");

-- CreateIndex
CREATE INDEX "audit_event_account_id_seq_idx" ON "audit_event"("account_id", "seq");

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credit_limit_change" ADD CONSTRAINT "credit_limit_change_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credit_limit_change" ADD CONSTRAINT "credit_limit_change_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repayment" ADD CONSTRAINT "repayment_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cash_loan" ADD CONSTRAINT "cash_loan_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "loan_instalment" ADD CONSTRAINT "loan_instalment_loan_id_fkey" FOREIGN KEY ("loan_id") REFERENCES "cash_loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "purchase" ADD CONSTRAINT "purchase_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "purchase" ADD CONSTRAINT "purchase_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credit_bureau_event" ADD CONSTRAINT "credit_bureau_event_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "limit_application" ADD CONSTRAINT "limit_application_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_event" ADD CONSTRAINT "contact_event_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credit_score" ADD CONSTRAINT "credit_score_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rule_config" ADD CONSTRAINT "rule_config_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flag" ADD CONSTRAINT "flag_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_case" ADD CONSTRAINT "review_case_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_case" ADD CONSTRAINT "review_case_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "review_case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_proposer_id_fkey" FOREIGN KEY ("proposer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_approver_id_fkey" FOREIGN KEY ("approver_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_reverses_decision_id_fkey" FOREIGN KEY ("reverses_decision_id") REFERENCES "decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "note" ADD CONSTRAINT "note_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "note" ADD CONSTRAINT "note_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "review_case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "note" ADD CONSTRAINT "note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "note" ADD CONSTRAINT "note_corrects_note_id_fkey" FOREIGN KEY ("corrects_note_id") REFERENCES "note"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blacklist_entry" ADD CONSTRAINT "blacklist_entry_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blacklist_entry" ADD CONSTRAINT "blacklist_entry_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "external_report" ADD CONSTRAINT "external_report_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_notice" ADD CONSTRAINT "customer_notice_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------------------
-- Hand-written: what the Prisma schema cannot express. Keep when regenerating.
-- ---------------------------------------------------------------------------------------------------------

-- The audit trail is append-only: no row is ever changed or removed, not even by the application's own role.
-- Prisma's JS migration runner splits a script at every semicolon, even inside dollar quotes, so function
-- bodies are written as E'' strings with \073, the octal escape of a semicolon. Comments here must not contain one either.
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''audit_event is append-only: % refused'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END';
CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- At most one open flag per account and rule, and one open case per account.
CREATE UNIQUE INDEX "flag_one_open_per_rule" ON "flag" ("account_id", "rule_code") WHERE "cleared_at" IS NULL;
CREATE UNIQUE INDEX "review_case_one_open_per_account" ON "review_case" ("account_id") WHERE "status" <> 'CLOSED';

-- Maker-checker: the database itself refuses an approval by the proposer.
ALTER TABLE "decision" ADD CONSTRAINT "decision_approver_is_not_proposer"
  CHECK ("approver_id" IS NULL OR "approver_id" <> "proposer_id");

ALTER TABLE "account" ADD CONSTRAINT "account_credit_limit_not_negative" CHECK ("credit_limit" >= 0);
ALTER TABLE "account" ADD CONSTRAINT "account_dpd_not_negative" CHECK ("current_dpd" >= 0);
ALTER TABLE "statement" ADD CONSTRAINT "statement_dpd_not_negative" CHECK ("dpd" >= 0);
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_seq_positive" CHECK ("seq" > 0);
