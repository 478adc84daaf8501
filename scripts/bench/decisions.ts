// The decisions benchmark (`npm run bench`, see ../bench.ts). WRITES to the database: on accounts sampled at random
// (ACTIVE, no open case) officers propose a freeze, a senior officer approves it (it takes effect: status, notice,
// audit) and the officer unfreezes, which restores the account's status; the decisions, notices and audit events stay.
// (1) p95 of one proposal commit and of one approval commit (lib/decisions' mutations, not the server actions) next to
// the reference, a bare INSERT of a decision and its audit event (hash computed beforehand) in one transaction.
// (2) 8 officers at once, on accounts of their own, for 10 s after a warm-up: decision commits per second, first all in
// this process, sharing one JavaScript thread and Prisma client as on the one app server `npm start` runs (the budget
// is judged on this), then each in a process of its own (./decisions-officer.ts), as app servers scaled out would
// serve them (on a machine of few cores they compete with each other and the database); then no lost update (each
// account's version moved by exactly its cycles, status and limit as before) and the whole audit chain verified.
// Budgets (issue 5): p95 < 30 ms at 1,000,000 accounts; >= 200 decisions/s; no lost update; an intact chain.
import { fork, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import pg from "pg";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { db } from "@/lib/db";
import { freezeCycle, officerLoop } from "./decisions-cycle";
import { benchOfficers, referenceAccount, sampleAccounts, timeReferenceInsert, type BenchAccount, type BenchOfficer } from "./decisions-fixtures";
import type { OfficerOrder, OfficerReport } from "./decisions-officer";
import { p95, percentile, WARM_UP_RUNS } from "./timing";

const BUDGET_MS = 30;
const BUDGET_PER_SECOND = 200;
const MIN_ACCOUNTS = 1000;
const OFFICERS = 8;
const SECONDS = 10;
const WARM_UP_MS = 2000;
/** Accounts each officer cycles through in (2). */
const ACCOUNTS_PER_OFFICER = 25;

const ms = (value: number) => `${value.toFixed(2)} ms`;

interface ConcurrentRun {
  /** Cycles per account, warm-up included (for the lost-update check). */
  cycles: Map<number, number>;
  /** Commits of the cycles started in the timed window, per second of it. */
  perSecond: number;
  seconds: number;
  /** The officers' processes' CPU in the window, per timed commit. */
  cpuPerCommit: number;
}

const mergeCycles = (all: Map<number, number>, some: Iterable<[number, number]>) => {
  for (const [id, n] of some) all.set(id, (all.get(id) ?? 0) + n);
};

/** (2a): every officer in this process, sharing its one JavaScript thread and its Prisma client, as on one app server. */
async function officersInProcess(officers: BenchOfficer[], accounts: BenchAccount[][]): Promise<ConcurrentRun> {
  const start = Date.now() + WARM_UP_MS;
  const deadline = start + SECONDS * 1000;
  let cpu = process.cpuUsage();
  setTimeout(() => (cpu = process.cpuUsage()), WARM_UP_MS);
  const runs = await Promise.all(officers.map((officer, o) => officerLoop(officer, accounts[o], start, deadline)));
  const used = process.cpuUsage(cpu);
  const cycles = new Map<number, number>();
  runs.forEach((run) => mergeCycles(cycles, run.cycles));
  const commits = runs.reduce((sum, run) => sum + run.timedCommits, 0);
  const seconds = (Math.max(...runs.map((run) => run.finishedAt)) - start) / 1000;
  return { cycles, perSecond: commits / seconds, seconds, cpuPerCommit: (used.user + used.system) / 1000 / commits };
}

/** (2b): each officer in a process of its own (./decisions-officer.ts), as 8 officers served by app servers. */
async function officersInProcesses(officers: BenchOfficer[], accounts: BenchAccount[][]): Promise<ConcurrentRun> {
  const children = officers.map(() => fork(new URL("./decisions-officer.ts", import.meta.url), [], { execArgv: process.execArgv }));
  const exited = (child: ChildProcess) => new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`a benchmark officer process exited (${code})`))));
  const message = <T>(child: ChildProcess) => Promise.race([new Promise<T>((resolve) => child.once("message", (m) => resolve(m as T))), exited(child)]);
  try {
    await Promise.all(children.map((child) => message(child)));
    const start = Date.now() + WARM_UP_MS;
    const deadline = start + SECONDS * 1000;
    const reports = children.map((child) => message<OfficerReport>(child));
    children.forEach((child, o) => child.send({ officer: officers[o], accounts: accounts[o], start, deadline } satisfies OfficerOrder));
    const done = await Promise.all(reports);
    const cycles = new Map<number, number>();
    done.forEach((report) => mergeCycles(cycles, report.cycles));
    const commits = done.reduce((sum, report) => sum + report.timedCommits, 0);
    const seconds = (Math.max(...done.map((report) => report.finishedAt)) - start) / 1000;
    return { cycles, perSecond: commits / seconds, seconds, cpuPerCommit: done.reduce((sum, report) => sum + report.cpuMs, 0) / commits };
  } finally {
    children.forEach((child) => child.connected && child.kill());
  }
}

/** Prints the figures; returns how many budgets were missed. */
export async function benchDecisions(client: pg.Client, runs: number): Promise<number> {
  const { rows: [{ total }] } = await client.query<{ total: number }>(`SELECT count(*)::int AS total FROM account`);
  if (total < MIN_ACCOUNTS) throw new Error(`The decisions benchmark writes decisions: it runs only on a database of at least ${MIN_ACCOUNTS} accounts (this one has ${total}).`);
  console.log(`Decisions: ${total.toLocaleString("en")} accounts. THIS BENCHMARK WRITES: freeze, approval and unfreeze decisions, notices and audit events ` +
    `on accounts sampled at random (their status is restored), and reference rows on the account 'bench-reference'.\n`);
  const officers = await benchOfficers(OFFICERS);
  const sampleSize = Math.min(runs + WARM_UP_RUNS, 200);
  const sampled = await sampleAccounts(client, total, sampleSize + OFFICERS * ACCOUNTS_PER_OFFICER);
  const [latencyAccounts, concurrentAccounts] = [sampled.slice(0, sampleSize), sampled.slice(sampleSize)];
  const reference = await referenceAccount(client);

  // (1) One officer at a time, interleaved with the reference run by run.
  const proposeTimes: number[] = [];
  const approveTimes: number[] = [];
  const referenceTimes: number[] = [];
  let versionDelta = 0;
  let evidence: unknown;
  for (let i = 0; i < WARM_UP_RUNS + runs; i++) {
    const cycle = await freezeCycle(officers[0], latencyAccounts[i % latencyAccounts.length]);
    // The reference writes the evidence snapshot a real proposal wrote, so both rows weigh the same.
    evidence ??= (await db.decision.findFirst({ where: { proposerId: officers[0].maker.id, kind: "FREEZE" }, orderBy: { id: "desc" }, select: { evidence: true } }))?.evidence;
    const referenceTime = await timeReferenceInsert(client, reference, officers[0].maker, evidence);
    versionDelta = cycle.versionDelta;
    if (i < WARM_UP_RUNS) continue;
    proposeTimes.push(cycle.propose);
    approveTimes.push(cycle.approve);
    referenceTimes.push(referenceTime);
  }
  const refP95 = p95(referenceTimes);
  let failures = 0;
  console.log(`${"commit".padEnd(34)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"ratio".padStart(6)}  ok (budget p95 < ${BUDGET_MS} ms; ${runs} runs after ${WARM_UP_RUNS} warm-up)`);
  for (const [name, times] of [["proposal (freeze)", proposeTimes], ["approval (freeze takes effect)", approveTimes], ["reference: bare INSERT", referenceTimes]] as const) {
    const ok = name.startsWith("reference") || p95(times) < BUDGET_MS;
    if (!ok) failures += 1;
    console.log(`${name.padEnd(34)} ${ms(percentile(times, 0.5)).padStart(9)} ${ms(p95(times)).padStart(9)} ${(p95(times) / refP95).toFixed(2).padStart(6)}  ${ok ? "yes" : "NO"}`);
  }

  // (2) Eight officers at once, each on accounts of their own: first in this one process, then in a process each.
  const perOfficer = officers.map((_, o) => concurrentAccounts.slice(o * ACCOUNTS_PER_OFFICER, (o + 1) * ACCOUNTS_PER_OFFICER));
  const initial = new Map(concurrentAccounts.map((account) => [account.id, { ...account }]));
  const oneProcess = await officersInProcess(officers, perOfficer);
  const processes = await officersInProcesses(officers, perOfficer);
  const cycles = new Map<number, number>();
  mergeCycles(cycles, oneProcess.cycles);
  mergeCycles(cycles, processes.cycles);
  const fastEnough = oneProcess.perSecond >= BUDGET_PER_SECOND;
  if (!fastEnough) failures += 1;
  const line = (run: ConcurrentRun) => `${run.perSecond.toFixed(0)} decision commits per second over ${run.seconds.toFixed(1)} s, ${run.cpuPerCommit.toFixed(1)} ms of client CPU per commit`;
  console.log(`\n${OFFICERS} officers at once (proposal, approval, unfreeze; ${WARM_UP_MS / 1000} s warm-up, then ${SECONDS} s), on a machine with ${availableParallelism()} cores:`);
  // One process is one app server's JavaScript thread: Prisma's query compiler and the pg driver run in it, so near
  // one core of CPU, the client, not the database, is the limit. Officers are people at browsers, served by app servers.
  console.log(`  in this one process (one app server): ${line(oneProcess)} (budget >= ${BUDGET_PER_SECOND}): ${fastEnough ? "yes" : "NO"}`);
  console.log(`  in ${OFFICERS} processes (for comparison):  ${line(processes)}`);

  // No lost update: every account moved by exactly the cycles run on it, and is as it was.
  const { rows } = await client.query<{ id: number; version: number; status: string; credit_limit: string; freeze_until: Date | null }>(
    `SELECT id, version, status, credit_limit::text, freeze_until FROM account WHERE id = ANY($1::int[])`,
    [[...initial.keys()]],
  );
  const lost = rows.filter((row) => {
    const before = initial.get(row.id)!;
    return row.version !== before.version + (cycles.get(row.id) ?? 0) * versionDelta || row.status !== "ACTIVE" || row.credit_limit !== before.creditLimit || row.freeze_until !== null;
  });
  if (lost.length > 0) failures += 1;
  console.log(`No lost update (${rows.length} accounts: version +${versionDelta} per cycle, ACTIVE, limit unchanged): ${lost.length === 0 ? "yes" : `NO, ${lost.map((r) => r.id).join(", ")}`}`);

  const started = performance.now();
  const chain = await verifyAuditChain(db);
  if (!chain.ok) failures += 1;
  console.log(chain.ok
    ? `Audit chain intact: ${chain.verified.toLocaleString("en")} events verified in ${((performance.now() - started) / 1000).toFixed(1)} s.`
    : `Audit chain BROKEN at seq ${chain.badSeq} (${chain.reason}) after ${chain.verified} events.`);
  return failures;
}
