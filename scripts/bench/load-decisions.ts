// The decisions taken while the load benchmark (scripts/bench-load.ts) runs: each bench officer pair runs the
// decisions benchmark's freeze cycle (propose, approve, unfreeze: three commits through lib/decisions, each with its
// audit events) on accounts of its own, again and again until stopped, paced so that all pairs together make
// `commitsPerSecond` commits (a team's rate, far above the real one, rather than as fast as the machine allows: the
// benchmark measures the reads while decisions are being taken, on the same two cores). Failures are counted, not
// thrown, so one conflict does not end the run; the account's version is then re-read.
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

const COMMITS_PER_CYCLE = 3;

export function startDecisionLoad(officers: BenchOfficer[], accounts: BenchAccount[], commitsPerSecond: number): DecisionLoad {
  let running = true;
  const figures: DecisionFigures = { cycles: 0, commits: 0, failures: [], commitTimes: [] };
  const share = Math.ceil(accounts.length / officers.length);
  // Each pair starts a cycle every `interval` ms (sooner never; later when a cycle takes longer).
  const interval = ((COMMITS_PER_CYCLE * officers.length) / commitsPerSecond) * 1000;
  const loops = officers.map(async (officer, i) => {
    const mine = accounts.slice(i * share, (i + 1) * share);
    for (let n = 0; running; n++) {
      const started = performance.now();
      const account = mine[n % mine.length];
      try {
        const times = await freezeCycle(officer, account);
        figures.cycles += 1;
        figures.commits += COMMITS_PER_CYCLE;
        figures.commitTimes.push(times.propose, times.approve);
      } catch (error) {
        figures.failures.push(`account ${account.id}: ${error instanceof Error ? error.message : String(error)}`);
        const fresh = await db.account.findUniqueOrThrow({ where: { id: account.id }, select: { version: true } });
        account.version = fresh.version;
      }
      const rest = interval - (performance.now() - started);
      if (rest > 0 && running) await new Promise((resolve) => setTimeout(resolve, rest));
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
