// Exact money arithmetic for the rules: decimal strings become integer cents (bigint), so thresholds such as
// "balance >= 90% of the limit" are compared exactly, never in floating point. Formatting is for evidence summaries.
const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

export function toCents(amount: string): bigint {
  const match = DECIMAL.exec(amount);
  if (!match) throw new RangeError(`not a money amount with at most 2 decimals: "${amount}"`);
  const cents = BigInt(match[2]) * BigInt(100) + BigInt((match[3] ?? "").padEnd(2, "0"));
  return match[1] ? -cents : cents;
}

/** "1234567.50" style: the canonical decimal string of an amount in cents. */
export function centsToDecimal(cents: bigint): string {
  const sign = cents < BigInt(0) ? "-" : "";
  const abs = cents < BigInt(0) ? -cents : cents;
  return `${sign}${abs / BigInt(100)}.${String(abs % BigInt(100)).padStart(2, "0")}`;
}

/** "1,234,567.50": for human summaries only. */
export function formatMoney(cents: bigint): string {
  const [whole, fraction] = centsToDecimal(cents).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`;
}

/** part >= percent% of whole, exactly. */
export const isAtLeastPercent = (part: bigint, whole: bigint, percent: number) =>
  part * BigInt(100) >= whole * BigInt(percent);

/** part / whole as a percentage with one decimal, truncated toward zero (so "90.0" is never shown below 90%). */
export function percentOf(part: bigint, whole: bigint): string {
  const tenths = (part * BigInt(1000)) / whole;
  const sign = tenths < BigInt(0) ? "-" : "";
  const abs = tenths < BigInt(0) ? -tenths : tenths;
  return `${sign}${abs / BigInt(10)}.${abs % BigInt(10)}`;
}
