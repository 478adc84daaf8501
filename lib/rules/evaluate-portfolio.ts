// `npm run rules:evaluate`'s engine (server-only): evaluates every account (or a scope of them) in id-ordered
// batches, reading the next batch while the current one is evaluated and written, so memory stays flat at two
// batches whatever the portfolio's size. Each batch that changes anything commits with its own audit event
// ("rules.evaluate_batch"); a run that changed anything ends with one "rules.evaluate" event with the run's totals.
// A run that changes nothing writes nothing at all.
import "server-only";
import { randomUUID } from "node:crypto";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { today } from "./calendar";
import { countAccounts, findAccountBatch, type AccountScope } from "./find-accounts";
import { evaluateBatch, loadBatch, RULES_ACTOR, type BatchResult, type LoadedBatch } from "./evaluate-batch";
import { getRuleConfigInForce } from "./get-rule-config";
import { hasChanges, noChanges } from "./write-changes";

export const DEFAULT_BATCH_SIZE = 5_000;

export interface PortfolioEvaluationOptions {
  /** Evaluate every account as of this date instead of its dpd_as_of. */
  asOf?: string;
  scope?: AccountScope;
  batchSize?: number;
  /** Called after each batch with the running totals. */
  onProgress?: (progress: PortfolioEvaluation) => void;
}

export interface PortfolioEvaluation extends BatchResult {
  runId: string;
  ruleVersion: number;
  /** Accounts in scope when the run started. */
  accountsInScope: number;
  seconds: number;
}

function add(total: PortfolioEvaluation, batch: BatchResult) {
  total.accounts += batch.accounts;
  total.flagsRaised += batch.flagsRaised;
  total.flagsUpdated += batch.flagsUpdated;
  total.flagsCleared += batch.flagsCleared;
  total.flagsUnchanged += batch.flagsUnchanged;
  total.casesOpened += batch.casesOpened;
  total.casesEscalated += batch.casesEscalated;
}

export async function evaluatePortfolio(options: PortfolioEvaluationOptions = {}): Promise<PortfolioEvaluation> {
  const started = performance.now();
  const config = await getRuleConfigInForce(db);
  const scope = options.scope ?? {};
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const now = new Date();
  const asOf = options.asOf ?? null;
  // One "today" for the whole run, so a run across midnight evaluates all undated accounts alike.
  const runDay = today();
  const total: PortfolioEvaluation = {
    runId: randomUUID(),
    ruleVersion: config.version,
    accountsInScope: await countAccounts(db, scope),
    seconds: 0,
    accounts: 0,
    flagsUnchanged: 0,
    ...noChanges(),
  };

  const fetchAfter = async (afterId: number): Promise<LoadedBatch | null> => {
    const accounts = await findAccountBatch(db, { afterId, limit: batchSize, scope, asOf, today: runDay });
    return accounts.length === 0 ? null : loadBatch(accounts, config);
  };
  let next = fetchAfter(0);
  try {
    for (let current = await next; current; current = await next) {
      const { accounts } = current;
      next = fetchAfter(accounts[accounts.length - 1].id);
      const result = await evaluateBatch(current, config, now, (counts) => ({
        action: "rules.evaluate_batch",
        targetType: "evaluation_run",
        targetId: total.runId,
        after: {
          runId: total.runId,
          ruleVersion: config.version,
          asOf,
          firstAccountId: accounts[0].id,
          lastAccountId: accounts[accounts.length - 1].id,
          accounts: accounts.length,
          ...counts,
        },
      }));
      add(total, result);
      total.seconds = (performance.now() - started) / 1000;
      options.onProgress?.(total);
    }
  } finally {
    // A failed batch leaves the prefetch in flight: let it settle so it cannot outlive the run unobserved.
    await next.catch(() => null);
  }

  const { runId, seconds: _seconds, ...totals } = total;
  if (hasChanges(total)) {
    await db.$transaction((tx) =>
      appendAuditEvent(tx, RULES_ACTOR, {
        action: "rules.evaluate",
        targetType: "evaluation_run",
        targetId: runId,
        after: { ...totals, asOf, scope: { ...scope } },
      }),
    );
  }
  total.seconds = (performance.now() - started) / 1000;
  return total;
}
