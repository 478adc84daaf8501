// The monthly Markov chain of delinquency. The state is how many bills are in arrears at a cycle date (0 is
// current; 1, 2, 3, 4+ land in M1, M2, M3, M4+ since each missed bill is 30 days older). Each month the customer
// pays some number of the outstanding bills, oldest first: all of them (cure), fewer (partial), exactly one
// (the arrears stay), or none (roll forward). Riskier customers miss more often and roll further.

export interface MonthlyPayment {
  /** How many of the outstanding bills (arrears plus this month's) are paid during the month, oldest first. */
  paidCount: number;
  /** From current: this month's bill is paid, but a few days after its due date. */
  late: boolean;
}

/** Per arrears (1, 2, 3, 4+): weights of paying all, all but one, ..., and of paying nothing (roll). */
const TRANSITIONS: readonly { cure: number; partial: number; one: number; roll: number }[] = [
  { cure: 0.6, partial: 0, one: 0.15, roll: 0.25 },
  { cure: 0.3, partial: 0.1, one: 0.12, roll: 0.48 },
  { cure: 0.15, partial: 0.1, one: 0.1, roll: 0.65 },
  { cure: 0.1, partial: 0.03, one: 0.07, roll: 0.8 },
];

/** Past this many bills in arrears (about 240 DPD, charged off) nobody pays everything back at once. */
const MAX_CURABLE_ARREARS = 7;

interface Draw {
  next(): number;
}

/** Chance that a current customer misses this month's bill: 1.4% at average risk, about 2% over the book. */
export function missProbability(risk: number): number {
  return Math.min(0.15, Math.max(0.002, 0.014 * Math.exp(0.8 * risk)));
}

export function monthlyPayment(arrears: number, risk: number, random: Draw): MonthlyPayment {
  if (arrears === 0) {
    const miss = missProbability(risk);
    const point = random.next();
    if (point < miss) return { paidCount: 0, late: false };
    return { paidCount: 1, late: point < miss * 2.5 };
  }
  const row = TRANSITIONS[Math.min(arrears, TRANSITIONS.length) - 1];
  const roll = Math.min(0.97, Math.max(0.05, row.roll * Math.exp(0.3 * risk)));
  const cure = arrears > MAX_CURABLE_ARREARS ? 0 : row.cure;
  const scale = (1 - roll) / (cure + row.partial + row.one);
  const point = random.next();
  if (point < roll) return { paidCount: 0, late: false };
  if (point < roll + cure * scale) return { paidCount: arrears + 1, late: false };
  if (point < roll + (cure + row.partial) * scale) return { paidCount: arrears, late: false };
  return { paidCount: 1, late: false };
}
