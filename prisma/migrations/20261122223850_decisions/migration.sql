-- AlterTable
ALTER TABLE "decision" ADD COLUMN     "appeal_id" INTEGER,
ADD COLUMN     "evidence" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "outcome" JSONB;

-- AlterTable
ALTER TABLE "appeal" ADD COLUMN     "decided_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "customer_notice" ADD COLUMN     "body" TEXT NOT NULL DEFAULT '';

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_appeal_id_fkey" FOREIGN KEY ("appeal_id") REFERENCES "appeal"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: what the database itself guarantees about decisions, whatever the application does.
-- One pending proposal per account and kind: a second one is refused (the application names the first).
CREATE UNIQUE INDEX "decision_one_pending_per_kind" ON "decision" ("account_id", "kind") WHERE "status" = 'PROPOSED';

-- The apply-due job reads the scheduled decisions by effective date, and the frozen accounts by freeze end.
CREATE INDEX "decision_scheduled_due" ON "decision" ("effective_at") WHERE "status" = 'SCHEDULED';
CREATE INDEX "account_freeze_ends" ON "account" ("freeze_until") WHERE "status" = 'FROZEN';

-- A decision's proposal (who proposed what, why, on which evidence) is fixed once written: later writes may only
-- decide it (status, approver, decision note, effective date, outcome, version). Function bodies are E'' strings with
-- \073 for semicolons, because Prisma's runner splits scripts at every semicolon.
CREATE FUNCTION decision_proposal_is_fixed() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF NEW.account_id IS DISTINCT FROM OLD.account_id OR NEW.case_id IS DISTINCT FROM OLD.case_id
     OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.params IS DISTINCT FROM OLD.params
     OR NEW.reason_codes IS DISTINCT FROM OLD.reason_codes OR NEW.note IS DISTINCT FROM OLD.note
     OR NEW.proposer_id IS DISTINCT FROM OLD.proposer_id OR NEW.proposed_at IS DISTINCT FROM OLD.proposed_at
     OR NEW.evidence IS DISTINCT FROM OLD.evidence OR NEW.reverses_decision_id IS DISTINCT FROM OLD.reverses_decision_id
     OR NEW.appeal_id IS DISTINCT FROM OLD.appeal_id OR NEW.idempotency_key IS DISTINCT FROM OLD.idempotency_key THEN
    RAISE EXCEPTION ''decision % : a proposal cannot be changed once written'', OLD.id USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END\073';
CREATE TRIGGER decision_proposal_is_fixed BEFORE UPDATE ON "decision" FOR EACH ROW EXECUTE FUNCTION decision_proposal_is_fixed();
-- Decisions are kept for ever: a rejected or cancelled one is part of the record.
CREATE FUNCTION decision_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''decisions are kept: % refused'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END';
CREATE TRIGGER decision_no_delete BEFORE DELETE ON "decision" FOR EACH ROW EXECUTE FUNCTION decision_refuse_delete();
CREATE TRIGGER decision_no_truncate BEFORE TRUNCATE ON "decision" FOR EACH STATEMENT EXECUTE FUNCTION decision_refuse_delete();
