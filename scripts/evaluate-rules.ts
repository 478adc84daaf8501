// `npm run rules:evaluate`: runs the review rules (lib/rules) over the portfolio in DATABASE_URL (or the embedded
// database), raising, updating and clearing flags and opening or escalating cases; shows progress on a terminal and
// ends with a summary. Options:
//   --as-of YYYY-MM-DD     evaluate every account as of this date (default: each account's dpd_as_of, else today)
//   --source DEMO|UCI      only the accounts of one data source
//   --from-account ID, --to-account ID   only accounts with ids in this range (inclusive)
//   --account ID           re-evaluate one account alone
//   --batch-size N         accounts per batch (default 5,000)
// Exit codes: 0 done, 1 failed (batches committed before the failure stay, each with its audit event), 2 wrong usage.
import { parseArgs } from "node:util";
import { z } from "zod";
import { db } from "@/lib/db";
import { DataSource } from "@/lib/generated/prisma/enums";
import { isCalendarDate } from "@/lib/rules/calendar";
import { evaluateAccount } from "@/lib/rules/evaluate-account";
import { DEFAULT_BATCH_SIZE, evaluatePortfolio, type PortfolioEvaluation } from "@/lib/rules/evaluate-portfolio";
import type { BatchResult } from "@/lib/rules/evaluate-batch";

const accountId = z.coerce.number().int().positive();
const optionShape = {
  "as-of": z.string().refine(isCalendarDate, "must be a date, YYYY-MM-DD").optional(),
  source: z.enum(DataSource).optional(),
  "from-account": accountId.optional(),
  "to-account": accountId.optional(),
  account: accountId.optional(),
  "batch-size": z.coerce.number().int().min(1).max(100_000).optional(),
};
const optionsSchema = z
  .strictObject(optionShape)
  .refine(
    ({ account, "as-of": _asOf, ...portfolioOnly }) => account === undefined || Object.values(portfolioOnly).every((v) => v === undefined),
    "--account evaluates one account: it takes --as-of only",
  );

const USAGE =
  "Usage: npm run rules:evaluate -- [--as-of YYYY-MM-DD] [--source DEMO|UCI] [--from-account ID] [--to-account ID] " +
  `[--batch-size N (default ${DEFAULT_BATCH_SIZE})] | --account ID [--as-of YYYY-MM-DD]`;

const number = (n: number) => n.toLocaleString("en-US");

function showProgress(p: PortfolioEvaluation) {
  const share = p.accountsInScope > 0 ? Math.min(100, (100 * p.accounts) / p.accountsInScope) : 100;
  const rate = p.seconds > 0 ? Math.round(p.accounts / p.seconds) : 0;
  process.stdout.write(
    `\r${number(p.accounts)} / ${number(p.accountsInScope)} accounts (${share.toFixed(0)}%), ${number(rate)}/s, ` +
      `flags +${number(p.flagsRaised)} -${number(p.flagsCleared)}, cases +${number(p.casesOpened)}   `,
  );
}

function printCounts(result: BatchResult) {
  const rows: [string, number][] = [
    ["accounts evaluated", result.accounts],
    ["flags raised", result.flagsRaised],
    ["flags updated (new evidence)", result.flagsUpdated],
    ["flags cleared", result.flagsCleared],
    ["flags unchanged", result.flagsUnchanged],
    ["cases opened", result.casesOpened],
    ["cases escalated", result.casesEscalated],
  ];
  for (const [label, n] of rows) console.log(`  ${label.padEnd(30)} ${number(n).padStart(10)}`);
}

async function main(args: string[]): Promise<number> {
  let options: z.infer<typeof optionsSchema>;
  try {
    const { values } = parseArgs({
      args,
      strict: true,
      options: Object.fromEntries(Object.keys(optionShape).map((name) => [name, { type: "string" as const }])),
    });
    options = optionsSchema.parse(values);
  } catch (error) {
    console.error(error instanceof z.ZodError ? z.prettifyError(error) : String(error));
    console.error(USAGE);
    return 2;
  }
  const asOf = options["as-of"];
  try {
    if (options.account !== undefined) {
      const result = await evaluateAccount(options.account, { asOf });
      console.log(`Account ${options.account}, rule configuration version ${result.ruleVersion}:`);
      printCounts(result);
      return 0;
    }
    const result = await evaluatePortfolio({
      asOf,
      scope: { source: options.source, fromAccountId: options["from-account"], toAccountId: options["to-account"] },
      batchSize: options["batch-size"],
      onProgress: process.stdout.isTTY ? showProgress : undefined,
    });
    if (process.stdout.isTTY) process.stdout.write("\n");
    console.log(`Rules evaluated (configuration version ${result.ruleVersion}, run ${result.runId}):`);
    printCounts(result);
    const rate = result.seconds > 0 ? Math.round(result.accounts / result.seconds) : result.accounts;
    console.log(`  ${"time".padEnd(30)} ${`${result.seconds.toFixed(1)} s`.padStart(10)} (${number(rate)} accounts/s)`);
    return 0;
  } catch (error) {
    if (process.stdout.isTTY) process.stdout.write("\n");
    console.error(`Evaluation failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
