// The audit trail's benchmark (`npm run bench`, see ../bench.ts), issue 6's budgets with 1,000,000 events:
// - the CSV export of every event through the export's code path (lib/audit/export, the function behind the
//   route, into a sink that only counts) streams at no less than half the throughput of PostgreSQL's own
//   `COPY (SELECT * FROM audit_event ORDER BY seq) TO STDOUT (FORMAT csv)` drained the same way, in the same run,
//   alternating the two; and this process's RSS grows by less than 100 MB during an export;
// - verification of every event takes under 15 seconds (scaled per million when there are fewer).
// Read-only. Seed events first: `npm run seed:audit -- --events 1000000`. Returns the number of missed budgets.
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { withAuditClient } from "@/lib/audit/audit-pool";
import { exportAuditEvents } from "@/lib/audit/export/export-audit-events";
import { describeVerification, verifyAuditChain } from "@/lib/audit/verify-chain";

const MIN_EVENTS = 1_000_000;
const BUDGET_RATIO = 0.5;
const BUDGET_RSS_MB = 100;
const BUDGET_VERIFY_S_PER_MILLION = 15;
const MB = 1024 * 1024;

class CountingSink extends Writable {
  bytes = 0;
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void) {
    this.bytes += chunk.length;
    callback();
  }
}

interface Run {
  seconds: number;
  bytes: number;
  rssGrowthMb: number;
}

/** Runs `work`, sampling this process's RSS every 20 ms; growth is the peak over the RSS at the start. */
async function measured(work: (sink: CountingSink) => Promise<unknown>): Promise<Run> {
  const sink = new CountingSink();
  const rssAtStart = process.memoryUsage.rss();
  let peak = rssAtStart;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const started = performance.now();
  try {
    await work(sink);
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  return { seconds: (performance.now() - started) / 1000, bytes: sink.bytes, rssGrowthMb: (peak - rssAtStart) / MB };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n: number, digits = 1) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function benchAudit(client: pg.Client, runs: number): Promise<number> {
  const events = Number((await client.query<{ n: string }>("SELECT count(*)::text AS n FROM audit_event")).rows[0].n);
  console.log(`${events.toLocaleString("en-US")} audit events.`);
  if (events < MIN_EVENTS) console.log(`(The budgets are stated for ${MIN_EVENTS.toLocaleString("en-US")}: npm run seed:audit -- --events ${MIN_EVENTS - events})`);
  if (events === 0) return 0;
  let missed = 0;

  // Exports of every event take seconds each: a few alternating runs, not `runs`.
  const rounds = Math.max(2, Math.min(3, Math.floor(runs / 50)));
  const exportRuns: Run[] = [];
  const copyRuns: Run[] = [];
  for (let i = 0; i < rounds; i++) {
    copyRuns.push(await measured((sink) => pipeline(client.query(copyTo("COPY (SELECT * FROM audit_event ORDER BY seq) TO STDOUT (FORMAT csv)")), sink)));
    exportRuns.push(await measured((sink) => withAuditClient((pooled) => exportAuditEvents(pooled, { filter: {}, format: "csv" }, sink))));
  }
  const exportSeconds = median(exportRuns.map((r) => r.seconds));
  const copySeconds = median(copyRuns.map((r) => r.seconds));
  const ratio = copySeconds / exportSeconds;
  const rss = Math.max(...exportRuns.map((r) => r.rssGrowthMb));
  const line = (name: string, seconds: number, bytes: number) =>
    console.log(`${name.padEnd(34)} ${fmt(seconds, 2).padStart(7)} s  ${fmt(events / seconds / 1000, 0).padStart(6)}k rows/s  ${fmt(bytes / MB / seconds).padStart(7)} MB/s`);
  console.log(`CSV export, median of ${rounds} alternating runs each:`);
  line("export (lib/audit/export)", exportSeconds, exportRuns[0].bytes);
  line("COPY ... TO STDOUT (FORMAT csv)", copySeconds, copyRuns[0].bytes);
  const ratioOk = ratio >= BUDGET_RATIO;
  const rssOk = rss < BUDGET_RSS_MB;
  console.log(`throughput ratio export/COPY: ${fmt(ratio, 2)} (budget >= ${BUDGET_RATIO}) ${ratioOk ? "ok" : "MISSED"}`);
  console.log(`RSS growth during the export: ${fmt(rss)} MB (budget < ${BUDGET_RSS_MB} MB) ${rssOk ? "ok" : "MISSED"}`);
  missed += Number(!ratioOk) + Number(!rssOk);

  const started = performance.now();
  const result = await verifyAuditChain(undefined);
  const seconds = (performance.now() - started) / 1000;
  const perMillion = (seconds * MIN_EVENTS) / Math.max(events, 1);
  const verifyOk = result.ok && perMillion < BUDGET_VERIFY_S_PER_MILLION;
  console.log(`verification: ${describeVerification(result)}`);
  console.log(
    `verification time: ${fmt(seconds, 2)} s for ${events.toLocaleString("en-US")} events, ${fmt(perMillion, 2)} s per million (budget < ${BUDGET_VERIFY_S_PER_MILLION} s) ${verifyOk ? "ok" : "MISSED"}`,
  );
  missed += Number(!verifyOk);
  return missed;
}
