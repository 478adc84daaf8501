// `npm run decisions:apply-due [-- --now ISO] [--account ID]`: applies the decisions whose effective date has come
// (scheduled closures and limit reductions) and lifts the freezes whose end has come, in the database of DATABASE_URL
// (or the embedded one). --now pretends the clock says so (an ISO instant or a date, UTC), to rehearse a due date;
// --account limits the run to one account.
// Prints one JSON line of counts. Exit codes: 0 done, 1 failed (or some items failed: see the log), 2 wrong usage.
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { applyDueDecisions } from "@/lib/decisions/apply-due-decisions";

const USAGE = "Usage: npm run decisions:apply-due -- [--now 2026-10-08T00:00:00Z] [--account ID]";

function parseOptions(args: string[]): { now: Date; accountIds?: number[] } | null {
  const { values } = parseArgs({ args, strict: true, options: { now: { type: "string" }, account: { type: "string" } } });
  const now = values.now === undefined ? new Date() : new Date(values.now);
  const account = values.account === undefined ? undefined : Number(values.account);
  if (Number.isNaN(now.getTime()) || (account !== undefined && !(Number.isInteger(account) && account > 0))) return null;
  return { now, accountIds: account === undefined ? undefined : [account] };
}

async function main(args: string[]): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(args);
  } catch (error) {
    options = null;
    console.error(String(error));
  }
  if (!options) {
    console.error(USAGE);
    return 2;
  }
  const { now } = options;
  try {
    const log = (event: string, details: Record<string, unknown>) => console.error(JSON.stringify({ event, ...details }));
    const result = await applyDueDecisions({ ...options, log });
    console.log(JSON.stringify({ event: "decisions.applyDue", now: now.toISOString(), ...result }));
    return result.failed > 0 ? 1 : 0;
  } catch (error) {
    console.error(`Applying due decisions failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
