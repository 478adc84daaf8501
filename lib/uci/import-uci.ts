// Loads the UCI "Default of Credit Card Clients" CSV as source-UCI accounts: per row one customer, one credit-line
// account, its limit history row and six statements (what each column becomes is decided in ./uci-account.ts).
// The whole file is validated first and a malformed one loads nothing. The load is one transaction with its audit
// event; rows already imported (same source and external_ref) are left exactly as they are, so a re-run inserts
// nothing. How: the rows cross as one tab-separated text parameter per table, which PostgreSQL splits into a
// temporary staging table (accounts) or straight into the target (statements), then set-based INSERT ... SELECT.
// Not COPY: COPY needs a raw pg connection, and the audit event must go through the same Prisma transaction.
import "server-only";
import { appendAuditEvent, type AuditActor } from "@/lib/audit/append-audit-event";
import { db, type Tx } from "@/lib/db";
import { addToPortfolioSummaries } from "@/lib/portfolio-metrics/portfolio-summaries";
import type { UciCsvError } from "./parse-uci-csv";
import { readUciCsvFile } from "./read-uci-csv";
import { toUciAccount, UCI_CURRENCY, UCI_DPD_AS_OF, UCI_LANGUAGE, UCI_REGION, type UciAccount } from "./uci-account";

/** Arbitrary constant naming the advisory lock that runs imports one at a time. */
const UCI_IMPORT_LOCK = 7_420_002;
const IMPORT_ACTOR: AuditActor = { actorId: null, actorLabel: "system:import-uci", role: null };
const LIMIT_REASON = "UCI import: the credit limit given in the data set";

export interface UciImportResult {
  fileName: string;
  sha256: string;
  /** Data rows in the file. */
  rows: number;
  inserted: number;
  alreadyPresent: number;
  /** Rows with Y = 1, default payment next month. */
  defaultNextMonth: number;
  validateMs: number;
  loadMs: number;
}

/** The file failed validation; nothing was written. */
export class UciCsvRejected extends Error {
  readonly code = "UCI_CSV_INVALID";
  constructor(
    readonly fileName: string,
    readonly errors: UciCsvError[],
    readonly errorCount: number,
  ) {
    super(`${fileName} was rejected with ${errorCount} error(s); nothing was loaded`);
  }
}

export async function importUciCsv(file: string): Promise<UciImportResult> {
  const started = performance.now();
  const csv = await readUciCsvFile(file);
  if (!csv.ok) throw new UciCsvRejected(csv.fileName, csv.errors, csv.errorCount);
  const validated = performance.now();
  const accounts = csv.records.map(toUciAccount);

  const { inserted, alreadyPresent } = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${UCI_IMPORT_LOCK})`;
      const fresh = await stageNewAccounts(tx, accounts);
      const inserted = await insertAccounts(tx, fresh.length);
      await insertStatements(tx, fresh);
      const loaded = await tx.$queryRaw<{ id: number }[]>`
        SELECT a.id FROM uci_stage_account s JOIN account a ON a.source = 'UCI' AND a.external_ref = s.external_ref`;
      await addToPortfolioSummaries(tx, loaded.map((row) => row.id));
      const alreadyPresent = accounts.length - inserted;
      await appendAuditEvent(tx, IMPORT_ACTOR, {
        action: "data.import",
        targetType: "dataset",
        targetId: "UCI",
        after: { file: csv.fileName, rows: accounts.length, inserted, alreadyPresent, sha256: csv.sha256 },
      });
      return { inserted, alreadyPresent };
    },
    { maxWait: 30_000, timeout: 300_000 },
  );

  return {
    fileName: csv.fileName,
    sha256: csv.sha256,
    rows: accounts.length,
    inserted,
    alreadyPresent,
    defaultNextMonth: csv.records.filter((record) => record.defaultNextMonth).length,
    validateMs: validated - started,
    loadMs: performance.now() - validated,
  };
}

/** Columns as sent in the text parameter, with their SQL types. */
type TextColumns = readonly (readonly [name: string, type: string])[];

const ACCOUNT_COLUMNS: TextColumns = [
  ["uci_id", "int"], ["external_ref", "text"], ["full_name", "text"], ["national_id", "text"], ["phone", "text"],
  ["birth_year", "int"], ["opened_at", "date"], ["credit_limit", "numeric(14,2)"], ["outstanding", "numeric(14,2)"],
  ["overdue_amount", "numeric(14,2)"], ["current_dpd", "int"], ["source_data", "jsonb"],
];
const STATEMENT_COLUMNS: TextColumns = [
  ["external_ref", "text"], ["cycle_date", "date"], ["due_date", "date"], ["amount_due", "numeric(14,2)"],
  ["minimum_due", "numeric(14,2)"], ["amount_paid", "numeric(14,2)"], ["paid_date", "date"], ["dpd", "int"],
];

/**
 * SQL reading the text parameter $1 as rows of the given columns: tab-separated lines that PostgreSQL splits (each
 * line once: a function in FROM, not inlined into every field) and casts. One big string crosses the Prisma driver
 * adapter several times faster than one array parameter per column.
 * The fields are numbers, dates, JSON of numbers and fixed-format synthetic text, so none holds a tab or a newline;
 * null is sent as an empty field.
 */
function rowsOfText(columns: TextColumns): string {
  const fields = columns.map(([name, type], i) => `nullif(f[${i + 1}], '')::${type} AS ${name}`).join(", ");
  return `(SELECT ${fields} FROM string_to_table($1, E'\\n') AS line, string_to_array(line, E'\\t') AS f)`;
}

const asText = (rows: (string | number | null)[][]) => rows.map((row) => row.map((value) => value ?? "").join("\t")).join("\n");

/** Stages the accounts not imported yet (in uci_stage_account, dropped at commit) and returns them. */
async function stageNewAccounts(tx: Tx, accounts: UciAccount[]): Promise<UciAccount[]> {
  await tx.$executeRaw`
    CREATE TEMP TABLE uci_stage_account (
      uci_id int NOT NULL, external_ref text PRIMARY KEY, full_name text NOT NULL, national_id text NOT NULL,
      phone text NOT NULL, birth_year int NOT NULL, opened_at date NOT NULL, credit_limit numeric(14,2) NOT NULL,
      outstanding numeric(14,2) NOT NULL, overdue_amount numeric(14,2) NOT NULL, current_dpd int NOT NULL,
      source_data jsonb NOT NULL, customer_id int
    ) ON COMMIT DROP`;
  const rows = accounts.map((a) => [
    a.externalRef, a.externalRef, a.customer.fullName, a.customer.nationalId, a.customer.phone, a.customer.birthYear,
    a.openedAt, a.creditLimit.toFixed(2), a.outstanding.toFixed(2), a.overdueAmount.toFixed(2), a.currentDpd,
    JSON.stringify(a.sourceData),
  ]);
  const names = ACCOUNT_COLUMNS.map(([name]) => name).join(", ");
  await tx.$executeRawUnsafe(`INSERT INTO uci_stage_account (${names}) SELECT * FROM ${rowsOfText(ACCOUNT_COLUMNS)} rows`, asText(rows));
  const present = await tx.$queryRaw<{ external_ref: string }[]>`
    DELETE FROM uci_stage_account s USING account a
    WHERE a.source = 'UCI' AND a.external_ref = s.external_ref RETURNING s.external_ref`;
  const presentRefs = new Set(present.map((row) => row.external_ref));
  return accounts.filter((account) => !presentRefs.has(account.externalRef));
}

/** Inserts the staged accounts with their customers and limit history rows; returns how many accounts. */
async function insertAccounts(tx: Tx, expected: number): Promise<number> {
  // Customer ids are drawn first, so each account names its customer without matching on synthetic fields.
  await tx.$executeRaw`
    UPDATE uci_stage_account s SET customer_id = n.id
    FROM (SELECT external_ref, nextval(pg_get_serial_sequence('customer', 'id')) AS id
          FROM (SELECT external_ref FROM uci_stage_account ORDER BY uci_id) ordered) n
    WHERE n.external_ref = s.external_ref`;
  await tx.$executeRaw`
    INSERT INTO customer (id, full_name, national_id, phone, language, birth_year)
    SELECT customer_id, full_name, national_id, phone, ${UCI_LANGUAGE}::"Language", birth_year
    FROM uci_stage_account ORDER BY uci_id`;
  const inserted = await tx.$executeRaw`
    INSERT INTO account (customer_id, source, external_ref, opened_at, region, currency, credit_limit, outstanding,
      overdue_amount, current_dpd, dpd_as_of, source_data)
    SELECT customer_id, 'UCI', external_ref, opened_at, ${UCI_REGION}, ${UCI_CURRENCY}, credit_limit, outstanding,
      overdue_amount, current_dpd, ${UCI_DPD_AS_OF}::date, source_data
    FROM uci_stage_account ORDER BY uci_id
    ON CONFLICT (source, external_ref) DO NOTHING`;
  // The import lock keeps other imports out; a UCI row written some other way meanwhile would leave a customer
  // without an account, so the whole load is rolled back instead.
  if (inserted !== expected) throw new Error(`${expected - inserted} UCI accounts appeared during the import; nothing was loaded`);
  await tx.$executeRaw`
    INSERT INTO credit_limit_change (account_id, amount, previous_amount, reason, changed_at)
    SELECT a.id, s.credit_limit, NULL, ${LIMIT_REASON}, s.opened_at
    FROM uci_stage_account s JOIN account a ON a.source = 'UCI' AND a.external_ref = s.external_ref
    ORDER BY s.uci_id`;
  return inserted;
}

async function insertStatements(tx: Tx, accounts: UciAccount[]) {
  if (accounts.length === 0) return;
  const rows = accounts.flatMap((a) =>
    a.statements.map((s) => [
      a.externalRef, s.cycleDate, s.dueDate, s.amountDue.toFixed(2), s.minimumDue.toFixed(2), s.amountPaid.toFixed(2),
      s.paidDate, s.dpd,
    ]),
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO statement (account_id, cycle_date, due_date, amount_due, minimum_due, amount_paid, paid_date, dpd)
     SELECT a.id, s.cycle_date, s.due_date, s.amount_due, s.minimum_due, s.amount_paid, s.paid_date, s.dpd
     FROM ${rowsOfText(STATEMENT_COLUMNS)} s JOIN account a ON a.source = 'UCI' AND a.external_ref = s.external_ref`,
    asText(rows),
  );
}
