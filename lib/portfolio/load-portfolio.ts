// Loads a generated portfolio into PostgreSQL with COPY, in one transaction: all of it lands or none of it.
// Accounts are generated in batches and streamed while the next batch is being generated, so memory stays flat
// whatever the size. Ids are handed out here, after each table's highest id (read once, under a lock that keeps
// other writers out until commit), and each table's sequence is moved past them at the end, so seeding a
// database that already has data adds to it and the application's own inserts carry on after the new rows.
// Into empty tables the foreign keys are checked once at the end rather than row by row (see foreign-keys.ts).
import "server-only";
import type { ClientBase } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { addToPortfolioSummaries } from "@/lib/portfolio-metrics/portfolio-summaries";
import { COLUMNS, CopyRows, emptyCounts, PORTFOLIO_TABLES, type PortfolioTable, type TableCounts } from "./copy-rows";
import { tablesAreEmpty, withForeignKeysCheckedAtEnd } from "./foreign-keys";
import { generateAccount } from "./generate-account";
import { buildMerchantCatalogue } from "./merchants";

export interface LoadProgress {
  accountsDone: number;
  accountsTotal: number;
  elapsedMs: number;
}

export interface LoadOptions {
  accounts: number;
  seed: number;
  asOfDay: number;
  onProgress?: (progress: LoadProgress) => void;
  /** How foreign keys are checked; default: AT_END when the tables are empty, PER_ROW otherwise (foreign-keys.ts). */
  foreignKeys?: ForeignKeyChecks;
}

export type ForeignKeyChecks = "PER_ROW" | "AT_END";

export interface LoadResult {
  /** Rows added per table. */
  counts: TableCounts;
  /** Per table, the id just before the first row added (the run's rows have ids base+1 .. base+count). */
  bases: TableCounts;
  foreignKeys: ForeignKeyChecks;
}

/** Big enough that a COPY carries ~100k rows, small enough that two batches in memory are a few MB. */
const BATCH_ACCOUNTS = 1_000;
/** Generation pauses this often so the socket can keep the server fed with the previous batch. */
const YIELD_EVERY = 50;

const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

function copyData(client: ClientBase, table: PortfolioTable, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = client.query(copyFrom(`COPY ${table} (${COLUMNS[table].join(", ")}) FROM STDIN`));
    stream.on("error", reject);
    stream.on("finish", resolve);
    stream.end(data);
  });
}

/** Starts copying a batch. A failure surfaces where the caller awaits it; until then it must not count as unhandled. */
function copyBatch(client: ClientBase, batch: [PortfolioTable, Buffer][]): Promise<void> {
  const copying = (async () => {
    for (const [table, data] of batch) await copyData(client, table, data);
  })();
  copying.catch(() => {});
  return copying;
}

async function sequenceOf(client: ClientBase, table: PortfolioTable): Promise<string> {
  const { rows } = await client.query<{ sequence: string }>("SELECT pg_get_serial_sequence($1, 'id') AS sequence", [table]);
  return rows[0].sequence;
}

/** The highest id in use per table, counting ids the sequence has already handed out. */
async function readBases(client: ClientBase): Promise<TableCounts> {
  const bases = emptyCounts();
  for (const table of PORTFOLIO_TABLES) {
    const sequence = await sequenceOf(client, table);
    const { rows } = await client.query<{ max_id: string; used: string }>(
      `SELECT (SELECT COALESCE(MAX(id), 0) FROM ${table}) AS max_id,
              (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM ${sequence}) AS used`,
    );
    bases[table] = Math.max(Number(rows[0].max_id), Number(rows[0].used));
  }
  return bases;
}

async function moveSequences(client: ClientBase, bases: TableCounts, counts: TableCounts) {
  for (const table of PORTFOLIO_TABLES) {
    if (counts[table] === 0) continue;
    await client.query("SELECT setval($1, $2, true)", [await sequenceOf(client, table), bases[table] + counts[table]]);
  }
}

/** Generates the accounts batch by batch, copying each batch while the next one is generated. */
async function copyAccounts(client: ClientBase, rows: CopyRows, { accounts, seed, asOfDay, onProgress }: LoadOptions, started: number) {
  const merchants = buildMerchantCatalogue(seed, asOfDay);
  rows.addMerchants(merchants);
  let copied = 0;
  let inFlight = copyBatch(client, rows.takeBatch());
  for (let start = 0; start < accounts; start += BATCH_ACCOUNTS) {
    const end = Math.min(accounts, start + BATCH_ACCOUNTS);
    for (let index = start; index < end; index++) {
      rows.addAccount(generateAccount({ seed, asOfDay, merchants }, index), asOfDay);
      if (index % YIELD_EVERY === 0) await yieldToIo();
    }
    await inFlight;
    onProgress?.({ accountsDone: copied, accountsTotal: accounts, elapsedMs: Date.now() - started });
    copied = end;
    inFlight = copyBatch(client, rows.takeBatch());
  }
  await inFlight;
}

export async function loadPortfolio(client: ClientBase, options: LoadOptions): Promise<LoadResult> {
  const started = Date.now();
  await client.query("BEGIN");
  try {
    await client.query(`LOCK TABLE ${PORTFOLIO_TABLES.join(", ")} IN EXCLUSIVE MODE`);
    const bases = await readBases(client);
    const rows = new CopyRows(bases);
    const atEnd = options.foreignKeys ? options.foreignKeys === "AT_END" : await tablesAreEmpty(client, PORTFOLIO_TABLES);
    const load = () => copyAccounts(client, rows, options, started);
    await (atEnd ? withForeignKeysCheckedAtEnd(client, PORTFOLIO_TABLES, load) : load());
    await addToPortfolioSummaries(client, { minId: bases.account + 1, maxId: bases.account + rows.counts.account });
    await moveSequences(client, bases, rows.counts);
    await client.query("COMMIT");
    options.onProgress?.({ accountsDone: options.accounts, accountsTotal: options.accounts, elapsedMs: Date.now() - started });
    return { counts: rows.counts, bases, foreignKeys: atEnd ? "AT_END" : "PER_ROW" };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
