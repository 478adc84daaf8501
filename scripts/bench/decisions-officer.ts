// One officer of the decisions benchmark's concurrent run (./decisions.ts), in a process of its own: an app server
// of its own, as 8 officers at 8 browsers would be served by app servers, not by one JavaScript thread. Forked with
// the parent's tsx arguments; says it is ready, is told its officer, accounts and time window, and reports its cycles
// per account, its timed commits and the CPU it used in the window.
import { db } from "@/lib/db";
import { officerLoop } from "./decisions-cycle";
import type { BenchAccount, BenchOfficer } from "./decisions-fixtures";

export interface OfficerOrder {
  officer: BenchOfficer;
  accounts: BenchAccount[];
  start: number;
  deadline: number;
}

export interface OfficerReport {
  cycles: [number, number][];
  timedCommits: number;
  finishedAt: number;
  cpuMs: number;
}

async function serve(order: OfficerOrder) {
  const run = officerLoop(order.officer, order.accounts, order.start, order.deadline);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, order.start - Date.now())));
  const cpu = process.cpuUsage();
  const { cycles, timedCommits, finishedAt } = await run;
  const used = process.cpuUsage(cpu);
  const report: OfficerReport = { cycles: [...cycles], timedCommits, finishedAt, cpuMs: (used.user + used.system) / 1000 };
  await db.$disconnect();
  process.send!(report, () => process.disconnect());
}

const fail = (error: unknown) => {
  console.error(error);
  process.exit(1);
};

// Ready once the modules are loaded and the pool has a connection; the parent then sends the order.
process.once("message", (order: OfficerOrder) => serve(order).catch(fail));
db.$queryRaw`SELECT 1`.then(() => process.send!({ ready: true }), fail);
