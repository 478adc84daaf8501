import { describe, expect, it } from "vitest";
import { DUE_AFTER_DAYS, STATEMENT_MONTHS } from "./billing-cycles";
import { dayInMonthOf, SECONDS_PER_DAY } from "./calendar";
import { dpdOn, type Obligation } from "@/lib/credit/dpd";
import type { AccountRecords } from "./generate-account";
import { minimumDue } from "./spending";
import { samplePortfolio } from "./testing/sample-portfolio";

const { accounts, asOfDay } = samplePortfolio(3_000, 101);

/** Everything the account owed, read back from its rows: bills with a minimum, and loan instalments. */
function obligationsOf(records: AccountRecords): Obligation[] {
  return [
    ...records.statements.filter((s) => s.minimumDueCents > 0).map((s) => ({ dueDay: s.dueDay, paidDay: s.paidDay })),
    ...records.loans.flatMap((loan) => loan.instalments.map((i) => ({ dueDay: i.dueDay, paidDay: i.paidDay }))),
  ];
}

/** Runs `check` on every account and lists the accounts (by index) where it found something wrong. */
function violations(check: (records: AccountRecords) => string | null): string[] {
  return accounts.flatMap((records, index) => {
    const problem = check(records);
    return problem === null ? [] : [`account ${index}: ${problem}`];
  });
}

describe("credit history", () => {
  it("bills monthly on one day of the month, due 20 days later, for at most 24 months up to the as-of date", () => {
    const problems = violations(({ statements, account }) => {
      if (statements.length > STATEMENT_MONTHS) return `${statements.length} statements`;
      const old = account.hasCreditLine && account.status === "ACTIVE" && asOfDay - account.openedDay > 2 * 365 + 40;
      if (old && statements.length !== STATEMENT_MONTHS) return `only ${statements.length} statements`;
      for (const [k, s] of statements.entries()) {
        if (s.cycleDay <= account.openedDay || s.cycleDay > asOfDay) return `cycle ${s.cycleDay} outside the account's life`;
        if (s.dueDay - s.cycleDay !== DUE_AFTER_DAYS) return `due ${s.dueDay - s.cycleDay} days after the cycle`;
        if (dayInMonthOf(s.cycleDay) !== dayInMonthOf(statements[0].cycleDay)) return "cycle day moves";
        if (k > 0 && s.cycleDay - statements[k - 1].cycleDay < 28) return "two bills in one month";
      }
      return null;
    });
    expect(problems).toEqual([]);
  });

  it("gives each statement the DPD of the account's oldest amount unpaid on its cycle date", () => {
    const problems = violations((records) => {
      const obligations = obligationsOf(records);
      const wrong = records.statements.find((s) => s.dpd !== dpdOn(obligations, s.cycleDay));
      return wrong ? `statement of ${wrong.cycleDay} says ${wrong.dpd} DPD, not ${dpdOn(obligations, wrong.cycleDay)}` : null;
    });
    expect(problems).toEqual([]);
    expect(accounts.flatMap((r) => r.statements).filter((s) => s.dpd > 0).length).toBeGreaterThan(100);
  });

  it("keeps the account's DPD and overdue amount consistent with its statements on the as-of date", () => {
    const problems = violations((records) => {
      const { account, statements } = records;
      const dpd = dpdOn(obligationsOf(records), asOfDay);
      if (account.currentDpd !== dpd) return `current DPD ${account.currentDpd}, obligations say ${dpd}`;
      const last = statements[statements.length - 1];
      const paidSince = records.repayments.some((r) => last && r.paidAt >= last.cycleDay * SECONDS_PER_DAY);
      if (last && last.dpd > 0 && !paidSince && account.currentDpd !== last.dpd + (asOfDay - last.cycleDay)) {
        return `current DPD ${account.currentDpd} does not continue the last statement's ${last.dpd}`;
      }
      const overdueBills = statements.filter((s) => s.minimumDueCents > 0 && s.dueDay < asOfDay && s.paidDay === null);
      const overdueInstalments = records.loans.flatMap((l) => l.instalments).filter((i) => i.dueDay < asOfDay && i.paidDay === null);
      const overdue =
        overdueBills.reduce((sum, s) => sum + s.minimumDueCents, 0) + overdueInstalments.reduce((sum, i) => sum + i.amountDueCents, 0);
      if (account.overdueAmountCents !== overdue) return `overdue ${account.overdueAmountCents}, should be ${overdue}`;
      if (account.overdueAmountCents > 0 !== account.currentDpd > 0) return "overdue amount and DPD disagree";
      return null;
    });
    expect(problems).toEqual([]);
  });

  it("pays bills at least their minimum (or not at all), never after the as-of date, and books every payment", () => {
    const problems = violations((records) => {
      let paid = 0;
      for (const s of records.statements) {
        if (s.minimumDueCents !== minimumDue(s.amountDueCents)) return `minimum ${s.minimumDueCents} of ${s.amountDueCents}`;
        const wrong =
          s.paidDay === null
            ? s.amountPaidCents !== 0
            : s.amountPaidCents < s.minimumDueCents || s.amountPaidCents > s.amountDueCents || s.paidDay > asOfDay || s.paidDay <= s.cycleDay;
        if (wrong) return `statement of ${s.cycleDay} paid ${s.amountPaidCents} on ${s.paidDay}`;
        paid += s.amountPaidCents;
      }
      for (const i of records.loans.flatMap((l) => l.instalments)) {
        if (i.amountPaidCents !== (i.paidDay === null ? 0 : i.amountDueCents) || (i.paidDay ?? 0) > asOfDay) return `instalment ${i.seq} paid wrongly`;
        paid += i.amountPaidCents;
      }
      const booked = records.repayments.reduce((sum, r) => sum + r.amountCents, 0);
      return booked === paid ? null : `repayments ${booked} but bills and instalments paid ${paid}`;
    });
    expect(problems).toEqual([]);
  });

  it("repays each cash loan's principal exactly over its term and states what is left", () => {
    const loans = accounts.flatMap((a) => a.loans);
    expect(loans.length).toBeGreaterThan(300);
    const problems = loans.flatMap((loan, index) => {
      const repaid = loan.instalments.filter((i) => i.paidDay !== null).reduce((sum, i) => sum + i.principalCents, 0);
      const wrong =
        loan.instalments.length !== loan.termMonths ||
        loan.instalments.reduce((sum, i) => sum + i.principalCents, 0) !== loan.principalCents ||
        loan.outstandingPrincipalCents !== loan.principalCents - repaid ||
        (loan.status === "REPAID") !== (loan.outstandingPrincipalCents === 0) ||
        loan.annualRateBasisPoints < 730 ||
        loan.annualRateBasisPoints > 2400;
      return wrong ? [`loan ${index}`] : [];
    });
    expect(problems).toEqual([]);
    expect(new Set(loans.map((l) => l.status))).toEqual(new Set(["ACTIVE", "REPAID", "DEFAULTED"]));
  });

  it("has the account's outstanding balance cover its open loans, and nothing left on closed accounts", () => {
    const problems = violations(({ account, loans }) => {
      const loanPrincipal = loans.reduce((sum, l) => sum + l.outstandingPrincipalCents, 0);
      if (account.outstandingCents < loanPrincipal) return "outstanding below the loans' principal";
      return account.status === "CLOSED" && account.outstandingCents !== 0 ? "closed with a balance" : null;
    });
    expect(problems).toEqual([]);
  });
});
