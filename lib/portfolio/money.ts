// Money in the generator is whole cents (exact integers); it becomes text such as "123.45" only when written,
// so no amount ever passes through a binary fraction on its way into a numeric(14,2) column.

export const CENTS_PER_YUAN = 100;
/** "Round amount" in the CASH_OUT rule: a multiple of 100 yuan. */
export const ROUND_AMOUNT_CENTS = 100 * CENTS_PER_YUAN;

export function yuan(amount: number): number {
  return amount * CENTS_PER_YUAN;
}

/** 12345 -> "123.45"; refuses anything that is not a whole, non-negative, exactly representable number of cents. */
export function centsText(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Not a whole non-negative cent amount: ${cents}`);
  const whole = Math.floor(cents / 100);
  const rest = cents - whole * 100;
  return `${whole}.${rest < 10 ? "0" : ""}${rest}`;
}

/** Rounds down to a multiple of `step` cents (e.g. limits and loan principals in whole hundreds of yuan). */
export function floorTo(cents: number, step: number): number {
  return Math.floor(cents / step) * step;
}

/** `share` of an amount in whole cents (rounded half up), for rates and percentages. */
export function shareOf(cents: number, share: number): number {
  return Math.round(cents * share);
}
