// Re-evaluates one account's rules alone (server-only), e.g. after new data arrived for it, by the very code path
// of the portfolio run (a batch of one). When anything changed, the changes and one "rules.evaluate_account" audit
// event commit together; otherwise nothing is written.
import "server-only";
import { db } from "@/lib/db";
import { today } from "./calendar";
import { evaluateBatch, loadBatch, type BatchResult } from "./evaluate-batch";
import { findAccountBatch } from "./find-accounts";
import { getRuleConfigInForce } from "./get-rule-config";

export class AccountNotFound extends Error {
  readonly code = "ACCOUNT_NOT_FOUND";
  constructor(readonly accountId: number) {
    super(`account ${accountId} does not exist`);
  }
}

export interface AccountEvaluation extends BatchResult {
  ruleVersion: number;
}

export async function evaluateAccount(accountId: number, options: { asOf?: string } = {}): Promise<AccountEvaluation> {
  const config = await getRuleConfigInForce(db);
  const asOf = options.asOf ?? null;
  const accounts = await findAccountBatch(db, {
    afterId: accountId - 1,
    limit: 1,
    scope: { fromAccountId: accountId, toAccountId: accountId },
    asOf,
    today: today(),
  });
  if (accounts.length === 0) throw new AccountNotFound(accountId);
  const result = await evaluateBatch(await loadBatch(accounts, config), config, new Date(), (counts) => ({
    action: "rules.evaluate_account",
    targetType: "account",
    targetId: accountId,
    accountId,
    after: { ruleVersion: config.version, asOf, ...counts },
  }));
  return { ruleVersion: config.version, ...result };
}
