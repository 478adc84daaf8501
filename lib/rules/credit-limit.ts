// The credit limit in force on a date, from the account's limit history (credit_limit_change). Utilisation is judged
// against the limit of its own time: after a limit reduction, older statements measured against the new, lower limit
// would look over-utilised and keep re-raising the very flag the reduction answered.
import type { AccountData } from "./account-data";
import { addDays, startOfDay } from "./calendar";
import { toCents } from "./money";
import { ascendingBy } from "./rule";

/** In cents. Without history, the account's current limit; before the first recorded change, its previous amount. */
export function limitOn(date: string, account: Pick<AccountData, "creditLimit" | "limitChanges">): bigint {
  const endOfDay = startOfDay(addDays(date, 1));
  const changes = [...account.limitChanges].sort(ascendingBy((change) => change.changedAt));
  const before = changes.filter((change) => change.changedAt < endOfDay).at(-1);
  if (before) return toCents(before.amount);
  const first = changes[0];
  if (first) return toCents(first.previousAmount ?? first.amount);
  return toCents(account.creditLimit);
}
