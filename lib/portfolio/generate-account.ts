// One account of the demo portfolio with everything that describes it, as plain records (days, moments, cents),
// from nothing but the seed, the as-of date, the merchant catalogue and the account's index in the run.
import { generateProfile } from "./account-profile";
import { generateBureauEvents, type BureauEventRecord } from "./bureau-events";
import { SECONDS_PER_DAY } from "./calendar";
import type { CashLoanRecord } from "./cash-loans";
import { generateContactEvents, type ContactEventRecord } from "./contact-events";
import { simulateCreditHistory, type RepaymentRecord, type StatementRecord } from "./credit-history";
import { generateCreditScores, type CreditScoreRecord } from "./credit-scores";
import type { LimitApplicationRecord, LimitChangeRecord } from "./limit-history";
import type { MerchantCatalogue } from "./merchants";
import { generateCustomer, type CustomerRecord } from "./people";
import { generatePurchases, type PurchaseRecord } from "./purchases";
import { Random } from "./random";

export interface PortfolioContext {
  seed: number;
  asOfDay: number;
  merchants: MerchantCatalogue;
}

export interface AccountRecord {
  openedDay: number;
  createdAt: number;
  region: string;
  hasCreditLine: boolean;
  hasCashLoan: boolean;
  status: "ACTIVE" | "CLOSED";
  statusSince: number;
  closureCategory: "OTHER" | null;
  creditLimitCents: number;
  outstandingCents: number;
  overdueAmountCents: number;
  currentDpd: number;
  creditScore: number;
}

export interface AccountRecords {
  customer: CustomerRecord;
  account: AccountRecord;
  limitChanges: LimitChangeRecord[];
  limitApplications: LimitApplicationRecord[];
  statements: StatementRecord[];
  repayments: RepaymentRecord[];
  loans: CashLoanRecord[];
  purchases: PurchaseRecord[];
  bureauEvents: BureauEventRecord[];
  contactEvents: ContactEventRecord[];
  creditScores: CreditScoreRecord[];
}

export function generateAccount({ seed, asOfDay, merchants }: PortfolioContext, index: number): AccountRecords {
  const random = new Random(seed, "account", index);
  const profile = generateProfile(random.fork("profile"), asOfDay);
  const adultAtOpening = 18 + Math.ceil((asOfDay - profile.openedDay) / 365);
  const customer = generateCustomer(random.fork("customer"), profile.region, asOfDay, adultAtOpening);
  const history = simulateCreditHistory(profile, asOfDay, random.fork("history"));
  const creditScores = generateCreditScores(profile, history.obligations, asOfDay, random.fork("scores"));
  const loanPrincipal = history.loans.reduce((sum, loan) => sum + loan.outstandingPrincipalCents, 0);
  const closedAt = profile.closedDay === null ? null : profile.closedDay * SECONDS_PER_DAY + random.int(0, SECONDS_PER_DAY - 1);

  return {
    customer,
    account: {
      openedDay: profile.openedDay,
      createdAt: profile.openedAt,
      region: profile.region.code,
      hasCreditLine: profile.creditLine,
      hasCashLoan: profile.cashLoan,
      status: closedAt === null ? "ACTIVE" : "CLOSED",
      statusSince: closedAt ?? profile.openedAt,
      closureCategory: closedAt === null ? null : "OTHER",
      creditLimitCents: history.limits.limitCents,
      outstandingCents: history.creditLineBalanceCents + loanPrincipal,
      overdueAmountCents: history.overdueAmountCents,
      currentDpd: history.currentDpd,
      creditScore: creditScores[creditScores.length - 1].score,
    },
    limitChanges: history.limits.changes,
    limitApplications: history.limits.applications,
    statements: history.statements,
    repayments: history.repayments,
    loans: history.loans,
    purchases: generatePurchases(history.spendPeriods, merchants, random.fork("purchases")),
    bureauEvents: generateBureauEvents(profile, asOfDay, random.fork("bureau")),
    contactEvents: generateContactEvents(history.obligations, profile.openedDay, asOfDay, random.fork("contacts")),
    creditScores,
  };
}
