-- Issue 6 (compliance): the audit trail partitioned by month, its published chain heads, export manifests and
-- archive checkpoints. Prisma's runner splits scripts at every semicolon, even inside strings and comments, so
-- function bodies are E'' strings with \073 (an octal semicolon) and no comment here contains one.

-- CreateTable
CREATE TABLE "audit_chain_head" (
    "id" BIGSERIAL NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" CHAR(64) NOT NULL,
    "event_count" BIGINT NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_chain_head_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_export" (
    "id" UUID NOT NULL,
    "filter" JSONB NOT NULL,
    "format" TEXT NOT NULL,
    "bom" BOOLEAN NOT NULL DEFAULT false,
    "row_count" BIGINT NOT NULL,
    "first_seq" BIGINT,
    "last_seq" BIGINT,
    "chain_hash" CHAR(64),
    "sha256" CHAR(64) NOT NULL,
    "byte_count" BIGINT NOT NULL,
    "exported_by_id" INTEGER,
    "exported_by" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "audit_export_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_archive" (
    "partition" TEXT NOT NULL,
    "range_from" TIMESTAMPTZ(3) NOT NULL,
    "range_to" TIMESTAMPTZ(3) NOT NULL,
    "event_count" BIGINT NOT NULL,
    "first_seq" BIGINT NOT NULL,
    "last_seq" BIGINT NOT NULL,
    "first_prev_hash" CHAR(64) NOT NULL,
    "last_hash" CHAR(64) NOT NULL,
    "file" TEXT NOT NULL,
    "file_sha256" CHAR(64) NOT NULL,
    "manifest_file" TEXT NOT NULL,
    "archived_by" TEXT NOT NULL,
    "archived_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_archive_pkey" PRIMARY KEY ("partition")
);

-- CreateIndex
CREATE INDEX "audit_chain_head_seq_idx" ON "audit_chain_head"("seq");

-- CreateIndex
CREATE INDEX "audit_export_started_at_idx" ON "audit_export"("started_at");

-- CreateIndex
CREATE INDEX "audit_archive_last_seq_idx" ON "audit_archive"("last_seq");

-- ---------------------------------------------------------------------------------------------------------
-- Hand-written: audit_event becomes a table partitioned by month of occurred_at, keeping its data, its
-- triggers and its indexes. The schema diff (drop the hash key, primary key (seq, occurred_at), four new
-- indexes) is contained in this rebuild.
-- ---------------------------------------------------------------------------------------------------------

ALTER TABLE "audit_event" RENAME TO "audit_event_unpartitioned";
ALTER TABLE "audit_event_unpartitioned" RENAME CONSTRAINT "audit_event_pkey" TO "audit_event_unpartitioned_pkey";
ALTER TABLE "audit_event_unpartitioned" RENAME CONSTRAINT "audit_event_seq_positive" TO "audit_event_unpartitioned_seq_positive";
ALTER INDEX "audit_event_hash_key" RENAME TO "audit_event_unpartitioned_hash_key";
ALTER INDEX "audit_event_occurred_at_idx" RENAME TO "audit_event_unpartitioned_occurred_at_idx";
ALTER INDEX "audit_event_actor_id_seq_idx" RENAME TO "audit_event_unpartitioned_actor_id_seq_idx";
ALTER INDEX "audit_event_action_seq_idx" RENAME TO "audit_event_unpartitioned_action_seq_idx";
ALTER INDEX "audit_event_account_id_seq_idx" RENAME TO "audit_event_unpartitioned_account_id_seq_idx";

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

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("seq", "occurred_at"),
    CONSTRAINT "audit_event_seq_positive" CHECK ("seq" > 0)
) PARTITION BY RANGE ("occurred_at");

CREATE INDEX "audit_event_hash_idx" ON "audit_event"("hash");
CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"("occurred_at");
CREATE INDEX "audit_event_actor_id_seq_idx" ON "audit_event"("actor_id", "seq");
CREATE INDEX "audit_event_actor_label_seq_idx" ON "audit_event"("actor_label", "seq");
CREATE INDEX "audit_event_action_seq_idx" ON "audit_event"("action", "seq");
CREATE INDEX "audit_event_account_id_seq_idx" ON "audit_event"("account_id", "seq");
CREATE INDEX "audit_event_case_id_seq_idx" ON "audit_event"("case_id", "seq");
CREATE INDEX "audit_event_decision_id_seq_idx" ON "audit_event"("decision_id", "seq");

-- The explorer's free-text search in notes: ILIKE '%text%' served by a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "audit_event_note_trgm_idx" ON "audit_event" USING gin ("note" gin_trgm_ops);

-- Row triggers on the partitioned table are cloned onto every partition. A TRUNCATE of one partition does not
-- fire the parent's statement trigger, so each partition gets its own (audit_event_ensure_partition).
CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- Events whose month has no partition yet land here, so an append never fails for want of a partition.
CREATE TABLE "audit_event_default" PARTITION OF "audit_event" DEFAULT;
CREATE UNIQUE INDEX "audit_event_default_seq_key" ON "audit_event_default" ("seq");
CREATE UNIQUE INDEX "audit_event_default_hash_key" ON "audit_event_default" ("hash");
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event_default"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- Creates the partition of the month containing month_start (UTC months) with its unique keys and its TRUNCATE
-- guard, unless it exists. Returns its name, or NULL when the default partition already holds events of that
-- month (the partition could not be attached: those events stay in the default partition, see lib/audit/README.md).
CREATE FUNCTION audit_event_ensure_partition(month_start date) RETURNS text LANGUAGE plpgsql AS E'
DECLARE
  lo timestamptz := date_trunc(''month'', month_start::timestamp) AT TIME ZONE ''UTC''\073
  hi timestamptz := (date_trunc(''month'', month_start::timestamp) + interval ''1 month'') AT TIME ZONE ''UTC''\073
  part text := ''audit_event_'' || to_char(month_start, ''YYYY_MM'')\073
BEGIN
  IF to_regclass(format(''public.%I'', part)) IS NOT NULL THEN RETURN part\073 END IF\073
  IF EXISTS (SELECT 1 FROM audit_event_default WHERE occurred_at >= lo AND occurred_at < hi) THEN
    RAISE NOTICE ''% not created: the default partition holds events of that month'', part\073
    RETURN NULL\073
  END IF\073
  EXECUTE format(''CREATE TABLE public.%I PARTITION OF public.audit_event FOR VALUES FROM (%L) TO (%L)'', part, lo, hi)\073
  EXECUTE format(''CREATE UNIQUE INDEX %I ON public.%I (seq)'', part || ''_seq_key'', part)\073
  EXECUTE format(''CREATE UNIQUE INDEX %I ON public.%I (hash)'', part || ''_hash_key'', part)\073
  EXECUTE format(''CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON public.%I FOR EACH STATEMENT EXECUTE FUNCTION public.audit_event_refuse_change()'', part)\073
  RETURN part\073
END';

-- Partitions for every month from the oldest event to two months ahead, then the data, then the old table.
SELECT audit_event_ensure_partition(month::date)
FROM generate_series(
  date_trunc('month', coalesce((SELECT min("occurred_at") FROM "audit_event_unpartitioned"), now()) AT TIME ZONE 'UTC'),
  date_trunc('month', now() AT TIME ZONE 'UTC') + interval '2 months',
  interval '1 month'
) AS month;

INSERT INTO "audit_event" SELECT * FROM "audit_event_unpartitioned" ORDER BY "seq";
DROP TABLE "audit_event_unpartitioned";

-- The chain heads, export manifests and archive checkpoints are append-only as well.
CREATE TRIGGER audit_chain_head_no_update_delete BEFORE UPDATE OR DELETE ON "audit_chain_head"
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON "audit_chain_head"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_export_no_update_delete BEFORE UPDATE OR DELETE ON "audit_export"
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_export_no_truncate BEFORE TRUNCATE ON "audit_export"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_archive_no_update_delete BEFORE UPDATE OR DELETE ON "audit_archive"
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_archive_no_truncate BEFORE TRUNCATE ON "audit_archive"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
