// The decisions benchmark's unit of work (./decisions.ts, ./decisions-officer.ts): on one account, an officer proposes
// a freeze, a senior officer approves it (it takes effect) and the officer unfreezes it, which restores the account's
// status: three decision commits through lib/decisions' mutations (not the server actions).
import { randomUUID } from "node:crypto";
import { approveDecision } from "@/lib/decisions/decide-decision";
import { proposeDecision } from "@/lib/decisions/propose-decision";
import { BENCH_NOTE, type BenchAccount, type BenchOfficer } from "./decisions-fixtures";
import { time } from "./timing";

/** Decision commits per cycle. */
export const COMMITS_PER_CYCLE = 3;

export interface CycleTimes {
  propose: number;
  approve: number;
  /** The account's version moved by this much over the cycle. */
  versionDelta: number;
}

const freezeUntil = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/** Freeze proposed, approved (taking effect) and lifted; `account.version` follows. */
export async function freezeCycle({ maker, checker }: BenchOfficer, account: BenchAccount): Promise<CycleTimes> {
  const before = account.version;
  const common = { accountId: account.id, note: BENCH_NOTE };
  let proposed!: Awaited<ReturnType<typeof proposeDecision>>;
  const propose = await time(async () => {
    proposed = await proposeDecision({
      proposal: { ...common, kind: "FREEZE", accountVersion: account.version, reasonCodes: ["UNDER_INVESTIGATION"], freezeUntil: freezeUntil(), noticeChannel: "APP", idempotencyKey: randomUUID() },
      officer: maker,
      actor: maker.actor,
    });
  });
  let approved!: Awaited<ReturnType<typeof approveDecision>>;
  const approve = await time(async () => {
    approved = await approveDecision({ input: { decisionId: proposed.decisionId, version: proposed.version, note: BENCH_NOTE }, checker, actor: checker.actor });
  });
  const lifted = await proposeDecision({
    proposal: { ...common, kind: "UNFREEZE", accountVersion: approved.accountVersion, reasonCodes: ["INVESTIGATION_CLEARED"], idempotencyKey: randomUUID() },
    officer: maker,
    actor: maker.actor,
  });
  account.version = lifted.accountVersion;
  return { propose, approve, versionDelta: account.version - before };
}

/** Cycles on `accounts` in turn until `deadline` (epoch ms); cycles started before `start` are the warm-up. */
export async function officerLoop(officer: BenchOfficer, accounts: BenchAccount[], start: number, deadline: number) {
  const cycles = new Map<number, number>();
  let timed = 0;
  for (let i = 0; Date.now() < deadline; i++) {
    const account = accounts[i % accounts.length];
    const warmUp = Date.now() < start;
    await freezeCycle(officer, account);
    cycles.set(account.id, (cycles.get(account.id) ?? 0) + 1);
    if (!warmUp) timed += 1;
  }
  return { cycles, timedCommits: timed * COMMITS_PER_CYCLE, finishedAt: Date.now() };
}
