// The app's in-process schedule (started by instrumentation.ts, Node runtime only): each job runs hourly, never twice
// at once in this process (other processes are kept apart by the jobs' own locks), with one JSON log line per run.
// Timers are unref'd so they never keep a stopping server alive.
import "server-only";
import { log } from "@/lib/log";

export const HOUR_MS = 60 * 60 * 1000;


/** Runs `job` every `intervalMs`, and once right away when `now` is set. */
export function scheduleHourly(name: string, job: () => Promise<Record<string, unknown>>, options: { now?: boolean; intervalMs?: number } = {}) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    const started = Date.now();
    try {
      log.info({ ...(await job()), ms: Date.now() - started }, name);
    } catch (error) {
      log.error({ error }, `${name}.error`);
    } finally {
      running = false;
    }
  };
  if (options.now) void run();
  return setInterval(() => void run(), options.intervalMs ?? HOUR_MS).unref();
}
