// An account's history month by month on its billing calendar: each cycle cuts a bill (carried balance, interest,
// new purchases), instalments of cash loans fall due with it, and the delinquency chain decides how many of the
// amounts owed get paid during the month, oldest first. Payments that would land after the as-of date have not
// happened. Statement DPD, the account's DPD and the overdue amount all follow from the same unpaid list.
import type { AccountProfile } from "./account-profile";
import { billingCycles, DUE_AFTER_DAYS } from "./billing-cycles";
import { daytimeMoment } from "./calendar";
import { disburseLoan, planLoans, settleLoan, type CashLoanRecord, type InstalmentRecord } from "./cash-loans";
import { monthlyPayment } from "./delinquency-chain";
import type { Obligation } from "@/lib/credit/dpd";
import { LimitHistory } from "./limit-history";
import type { Random } from "./random";
import { planSpecialPurchases, specialPurchases, type SpecialPurchase } from "./special-purchases";
import { interestOn, minimumDue, ORDINARY_CEILING, ordinarySpend, paymentOnBill, planUtilisationTargets } from "./spending";

export interface StatementRecord {
  cycleDay: number;
  dueDay: number;
  amountDueCents: number;
  minimumDueCents: number;
  amountPaidCents: number;
  paidDay: number | null;
  dpd: number;
}

export interface RepaymentRecord {
  paidAt: number;
  amountCents: number;
  channel: "APP" | "ONLINE" | "QR";
}

/** New purchases of one billing period (after `afterDay`, up to and including `untilDay`). */
export interface SpendPeriod {
  afterDay: number;
  untilDay: number;
  ordinaryCents: number;
  specials: SpecialPurchase[];
}

export interface CreditHistory {
  statements: StatementRecord[];
  repayments: RepaymentRecord[];
  loans: CashLoanRecord[];
  limits: LimitHistory;
  /** Billing periods of the last three months, whose purchases are stored one by one. */
  spendPeriods: SpendPeriod[];
  /** Every amount that fell due (bill minimums and instalments of a cycle together), for DPD on any day. */
  obligations: Obligation[];
  creditLineBalanceCents: number;
  currentDpd: number;
  overdueAmountCents: number;
}

interface Owed {
  record: Obligation;
  statement: StatementRecord | null;
  instalments: InstalmentRecord[];
}

/** Purchases are stored one by one for about the last three months. */
const PURCHASE_WINDOW_DAYS = 92;
const CHANNELS = [["APP", 75], ["ONLINE", 20], ["QR", 5]] as const;

export function simulateCreditHistory(profile: AccountProfile, asOfDay: number, random: Random): CreditHistory {
  const closed = profile.closedDay !== null;
  // A closing account's last bill falls due before the day it closes.
  const lastBillDay = profile.closedDay === null ? asOfDay : profile.closedDay - DUE_AFTER_DAYS - 1;
  const cycles = billingCycles(profile.openedDay, lastBillDay, profile.cycleDayOfMonth);
  const n = cycles.cycleDays.length;
  const specialPlan = profile.creditLine ? planSpecialPurchases(profile, asOfDay, random.fork("special")) : null;
  // The utilisation story needs one ordinary bill before its run of (near-)full ones.
  const targets = profile.creditLine && n > 1 ? planUtilisationTargets(profile, random.fork("targets")).slice(-(n - 1)) : [];
  const frozenFrom = Math.min(
    specialPlan ? specialPlan.days[0] - 1 : Infinity,
    targets.length ? cycles.cycleDay(n - targets.length - 1) : Infinity,
  );
  const limits = new LimitHistory(profile, profile.closedDay ?? asOfDay, Number.isFinite(frozenFrom) ? frozenFrom : null, random.fork("limits"));
  const loanPlans = planLoans(profile, n, random.fork("loans"));
  // Stories that need an open line (or a clean close) keep the customer paying until they have happened.
  const forcedUntil = Math.max(
    specialPlan ? specialPlan.days[specialPlan.days.length - 1] : -Infinity,
    targets.length || closed ? asOfDay : -Infinity,
  );
  const [spend, pay, chain, lending] = [random.fork("spend"), random.fork("pay"), random.fork("chain"), random.fork("lending")];

  const statements: StatementRecord[] = [];
  const repayments: RepaymentRecord[] = [];
  const loans: CashLoanRecord[] = [];
  const obligations: Obligation[] = [];
  const spendPeriods: SpendPeriod[] = [];
  const instalmentsByCycle = new Map<number, InstalmentRecord[]>();
  let unpaid: Owed[] = [];
  let balance = 0;
  let specials: SpecialPurchase[] | null = null;
  let nextLoan = 0;

  const specialsIn = (afterDay: number, untilDay: number): SpecialPurchase[] => {
    if (!specialPlan) return [];
    const first = specialPlan.days[0];
    if (specials === null && first > afterDay && first <= untilDay) {
      specials = specialPurchases(specialPlan, limits.advanceTo(first, unpaid.length === 0), spend);
    }
    return (specials ?? []).filter((purchase) => purchase.day > afterDay && purchase.day <= untilDay);
  };
  const recordSpend = (period: SpendPeriod) => {
    if (period.untilDay > asOfDay - PURCHASE_WINDOW_DAYS) spendPeriods.push(period);
  };

  /** Pays the given amounts owed on `day`, oldest first, as far as the balance allows; returns how many. */
  const payOn = (owed: Owed[], day: number, current: StatementRecord | null, limitCents: number, fromCurrent: boolean): number => {
    let billPaid = 0;
    let instalmentsPaid = 0;
    let count = 0;
    for (const item of owed) {
      const bill = item.statement;
      if (bill) {
        if (billPaid + bill.minimumDueCents > balance) break;
        let amount = bill.minimumDueCents;
        if (bill === current && fromCurrent) amount = paymentOnBill(profile, bill.amountDueCents, limitCents, pay);
        else if (bill === current && pay.chance(0.5)) amount = balance - billPaid;
        bill.amountPaidCents = Math.min(amount, balance - billPaid);
        bill.paidDay = day;
        billPaid += bill.amountPaidCents;
      }
      for (const instalment of item.instalments) {
        instalment.amountPaidCents = instalment.amountDueCents;
        instalment.paidDay = day;
        instalmentsPaid += instalment.amountDueCents;
      }
      item.record.paidDay = day;
      count++;
    }
    balance -= billPaid;
    // One repayment covers the month: the bill and the instalments are paid together in the app.
    const amountCents = billPaid + instalmentsPaid;
    if (amountCents > 0) repayments.push({ paidAt: daytimeMoment(day, pay), amountCents, channel: pay.weighted(CHANNELS) });
    return count;
  };

  for (let k = 0; k < n; k++) {
    const cycleDay = cycles.cycleDays[k];
    const dueDay = cycles.dueDay(k);
    const periodStart = k === 0 ? cycles.firstPeriodStart : cycles.cycleDays[k - 1];
    const arrears = unpaid.length;
    const newSpecials = specialsIn(periodStart, cycleDay);
    const limitCents = limits.advanceTo(cycleDay, arrears === 0);

    let statement: StatementRecord | null = null;
    if (profile.creditLine) {
      const interest = interestOn(balance, limitCents, arrears > 0);
      const specialCents = newSpecials.reduce((sum, purchase) => sum + purchase.amountCents, 0);
      const targetIndex = k - (n - targets.length);
      const billed = balance + interest + specialCents;
      let ordinary = 0;
      if (targetIndex >= 0) ordinary = Math.max(0, Math.ceil(limitCents * targets[targetIndex]) - billed);
      else if (arrears === 0 && !(closed && k === n - 1)) {
        ordinary = Math.max(0, Math.min(ordinarySpend(profile, limitCents, spend), Math.ceil(limitCents * ORDINARY_CEILING) - 1 - billed));
      }
      balance += interest + specialCents + ordinary;
      const dpd = arrears > 0 ? cycleDay - unpaid[0].record.dueDay : 0;
      statement = { cycleDay, dueDay, amountDueCents: balance, minimumDueCents: minimumDue(balance), amountPaidCents: 0, paidDay: null, dpd };
      statements.push(statement);
      recordSpend({ afterDay: periodStart, untilDay: cycleDay, ordinaryCents: ordinary, specials: newSpecials });
    }

    const instalments = instalmentsByCycle.get(k) ?? [];
    if ((statement && statement.minimumDueCents > 0) || instalments.length > 0) {
      const record: Obligation = { dueDay, paidDay: null };
      obligations.push(record);
      unpaid.push({ record, statement: statement && statement.minimumDueCents > 0 ? statement : null, instalments });
    }

    const periodEnd = cycles.cycleDay(k + 1);
    if (unpaid.length > 0) {
      const decision = cycleDay <= forcedUntil ? { paidCount: unpaid.length, late: false } : monthlyPayment(arrears, profile.risk, chain);
      const paidCount = Math.min(decision.paidCount, unpaid.length);
      let day = pay.int(cycleDay + 1, periodEnd - 1);
      if (arrears === 0 && decision.late) day = dueDay + pay.int(1, Math.max(1, periodEnd - dueDay - 1));
      else if (arrears === 0) day = dueDay - (pay.chance(0.6) ? pay.int(0, 3) : pay.int(0, DUE_AFTER_DAYS - 1));
      if (paidCount > 0 && day <= asOfDay) unpaid = unpaid.slice(payOn(unpaid.slice(0, paidCount), day, statement, limitCents, arrears === 0));
    }

    while (nextLoan < loanPlans.length && loanPlans[nextLoan].cycleIndex === k) {
      const plan = loanPlans[nextLoan++];
      const day = cycleDay + lending.int(1, 10);
      if (arrears > 0 || day >= asOfDay) continue;
      const dueDays = Array.from({ length: plan.termMonths }, (_, i) => cycles.dueDay(k + 1 + i));
      const loan = disburseLoan(plan, limits.limitCents, daytimeMoment(day, lending), dueDays);
      loans.push(loan);
      loan.instalments.forEach((instalment, i) => {
        const list = instalmentsByCycle.get(k + 1 + i);
        if (list) list.push(instalment);
        else instalmentsByCycle.set(k + 1 + i, [instalment]);
      });
    }
  }

  const pastDue = unpaid.filter((item) => item.record.dueDay < asOfDay);
  limits.advanceTo(asOfDay + 1, pastDue.length === 0);
  if (profile.creditLine && !closed) {
    const afterDay = n > 0 ? cycles.cycleDays[n - 1] : cycles.firstPeriodStart;
    const newSpecials = specialsIn(afterDay, asOfDay);
    const specialCents = newSpecials.reduce((sum, purchase) => sum + purchase.amountCents, 0);
    const room = Math.floor(limits.limitCents * ORDINARY_CEILING) - balance - specialCents;
    const wanted = pastDue.length > 0 ? 0 : ordinarySpend(profile, limits.limitCents, spend, (asOfDay - afterDay) / 30);
    const ordinary = Math.max(0, Math.min(wanted, room));
    balance += specialCents + ordinary;
    recordSpend({ afterDay, untilDay: asOfDay, ordinaryCents: ordinary, specials: newSpecials });
  }
  for (const loan of loans) settleLoan(loan, asOfDay);

  let overdueAmountCents = 0;
  for (const item of pastDue) {
    overdueAmountCents += item.statement?.minimumDueCents ?? 0;
    for (const instalment of item.instalments) overdueAmountCents += instalment.amountDueCents;
  }
  return {
    statements,
    repayments,
    loans,
    limits,
    spendPeriods,
    obligations,
    creditLineBalanceCents: balance,
    currentDpd: pastDue.length > 0 ? asOfDay - pastDue[0].record.dueDay : 0,
    overdueAmountCents,
  };
}
