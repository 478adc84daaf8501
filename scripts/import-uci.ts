// `npm run import:uci -- <file>`: loads the UCI credit-card CSV (lib/uci/import-uci.ts) into the database of
// DATABASE_URL (or the embedded one) and prints what it did. The real data set, from the repository root:
//   npm run import:uci -- ../shared/data/uci-credit-card/UCI_Credit_Card.csv
// Exit codes: 0 loaded (or already there), 1 rejected file or failed load (nothing written), 2 wrong usage.
import { db } from "@/lib/db";
import { importUciCsv, UciCsvRejected, type UciImportResult } from "@/lib/uci/import-uci";

const count = (n: number) => n.toLocaleString("en-US").padStart(8);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function printSummary(result: UciImportResult) {
  console.log(`Imported ${result.fileName} (sha256 ${result.sha256})`);
  console.log(`  rows read            ${count(result.rows)}`);
  console.log(`  accounts inserted    ${count(result.inserted)}`);
  console.log(`  already present      ${count(result.alreadyPresent)}`);
  console.log(`  accounts with Y = 1  ${count(result.defaultNextMonth)}`);
  const total = result.validateMs + result.loadMs;
  console.log(`  time taken           ${seconds(total)} (read and validate ${seconds(result.validateMs)}, load ${seconds(result.loadMs)})`);
}

function printRejection(error: UciCsvRejected) {
  console.error(`${error.fileName} is malformed: ${error.errorCount} error(s). Nothing was loaded.`);
  for (const { line, reason } of error.errors) console.error(`  line ${line}: ${reason}`);
  const unlisted = error.errorCount - error.errors.length;
  if (unlisted > 0) console.error(`  ... and ${unlisted} more`);
}

async function main(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0].startsWith("-")) {
    console.error("Usage: npm run import:uci -- <file.csv>");
    return 2;
  }
  try {
    printSummary(await importUciCsv(args[0]));
    return 0;
  } catch (error) {
    if (error instanceof UciCsvRejected) printRejection(error);
    else console.error(`Import failed, nothing was loaded: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
