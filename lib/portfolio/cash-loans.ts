// Cash loans (the fixed-term product): when they are drawn, their equal-payment schedule in whole cents, and
// their state on the as-of date. Instalments fall due on the account's billing due dates, so a customer who
// misses a month misses the bill and the instalment together, and both count in the account's DPD.
import type { AccountProfile } from "./account-profile";
import { floorTo, yuan } from "./money";
import type { Random } from "./random";

export interface InstalmentRecord {
  seq: number;
  dueDay: number;
  amountDueCents: number;
  /** The part of the instalment that repays principal (not stored; gives the outstanding principal). */
  principalCents: number;
  amountPaidCents: number;
  paidDay: number | null;
}

export interface CashLoanRecord {
  principalCents: number;
  outstandingPrincipalCents: number;
  /** Annual rate in basis points (1825 = 18.25%); China caps consumer lending at 24%. */
  annualRateBasisPoints: number;
  termMonths: number;
  disbursedAt: number;
  status: "ACTIVE" | "REPAID" | "DEFAULTED";
  instalments: InstalmentRecord[];
}

export interface LoanPlan {
  /** The loan is drawn in the billing period that starts at this cycle (if the account is current then). */
  cycleIndex: number;
  shareOfLimit: number;
  termMonths: number;
  annualRateBasisPoints: number;
}

/** A loan whose oldest unpaid instalment is this many days overdue is in default. */
const DEFAULT_DPD = 90;

export function planLoans(profile: AccountProfile, cycleCount: number, random: Random): LoanPlan[] {
  if (!profile.cashLoan || cycleCount === 0) return [];
  const count = Math.min(cycleCount, random.weighted([[1, 60], [2, 30], [3, 10]] as const));
  const indexes = new Set<number>();
  while (indexes.size < count) indexes.add(random.int(0, cycleCount - 1));
  return [...indexes]
    .sort((a, b) => a - b)
    .map((cycleIndex) => ({
      cycleIndex,
      shareOfLimit: random.between(0.2, 1),
      termMonths: random.weighted([[3, 15], [6, 25], [12, 45], [24, 15]] as const),
      annualRateBasisPoints: Math.round(Math.min(2400, Math.max(730, 1080 + 400 * profile.risk + 150 * random.normal()))),
    }));
}

/** Draws a planned loan; `dueDays` are the due dates of its instalments, one per month of the term. */
export function disburseLoan(plan: LoanPlan, limitCents: number, disbursedAt: number, dueDays: number[]): CashLoanRecord {
  const principalCents = Math.max(yuan(1_000), floorTo(limitCents * plan.shareOfLimit, yuan(100)));
  const rate = plan.annualRateBasisPoints / 10_000 / 12;
  const payment = Math.round((principalCents * rate) / (1 - Math.pow(1 + rate, -plan.termMonths)));
  let remaining = principalCents;
  const instalments = dueDays.map((dueDay, i): InstalmentRecord => {
    const interest = Math.round(remaining * rate);
    const principal = i === dueDays.length - 1 ? remaining : Math.min(remaining, payment - interest);
    remaining -= principal;
    return { seq: i + 1, dueDay, amountDueCents: principal + interest, principalCents: principal, amountPaidCents: 0, paidDay: null };
  });
  return {
    principalCents,
    outstandingPrincipalCents: principalCents,
    annualRateBasisPoints: plan.annualRateBasisPoints,
    termMonths: plan.termMonths,
    disbursedAt,
    status: "ACTIVE",
    instalments,
  };
}

/** Sets the loan's outstanding principal and status as of the given day from its instalments' payments. */
export function settleLoan(loan: CashLoanRecord, asOfDay: number) {
  let outstanding = loan.principalCents;
  let defaulted = false;
  for (const instalment of loan.instalments) {
    if (instalment.paidDay !== null) outstanding -= instalment.principalCents;
    else if (asOfDay - instalment.dueDay >= DEFAULT_DPD) defaulted = true;
  }
  loan.outstandingPrincipalCents = outstanding;
  loan.status = outstanding === 0 ? "REPAID" : defaulted ? "DEFAULTED" : "ACTIVE";
}
