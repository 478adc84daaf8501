// The decisions taken while the load benchmark (scripts/bench-load.ts) runs: each bench officer pair runs the
// decisions benchmark's freeze cycle (propose, approve, unfreeze: three commits through lib/decisions, each with its
// audit events) on accounts of its own, again and again until stopped. Failures are counted, not thrown, so one
// conflict does not end the run; the account's version is then re-read.
import { db } from "@/lib/db";
import { freezeCycle } from "./decisions-cycle";
import type { BenchAccount, BenchOfficer } from "./decisions-fixtures";

export interface DecisionLoad {
  /** Stops after the cycles under way; resolves with the figures. */
  stop(): Promise<DecisionFigures>;
}

export interface DecisionFigures {
  cycles: number;
  commits: number;
  failures: string[];
  /** Proposal and approval commit times, ms. */
  commitTimes: number[];
}

export function startDecisionLoad(officers: BenchOfficer[], accounts: BenchAccount[]): DecisionLoad {
  let running = true;
  const figures: DecisionFigures = { cycles: 0, commits: 0, failures: [], commitTimes: [] };
  const share = Math.ceil(accounts.length / officers.length);
  const loops = officers.map(async (officer, i) => {
    const mine = accounts.slice(i * share, (i + 1) * share);
    for (let n = 0; running; n++) {
      const account = mine[n % mine.length];
      try {
        const times = await freezeCycle(officer, account);
        figures.cycles += 1;
        figures.commits += 3;
        figures.commitTimes.push(times.propose, times.approve);
      } catch (error) {
        figures.failures.push(`account ${account.id}: ${error instanceof Error ? error.message : String(error)}`);
        const fresh = await db.account.findUniqueOrThrow({ where: { id: account.id }, select: { version: true } });
        account.version = fresh.version;
      }
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return figures;
    },
  };
}
