// The app's in-process schedule (started by instrumentation.ts, Node runtime only): each job runs hourly, never twice
// at once in this process (other processes are kept apart by the jobs' own locks), with one JSON log line per run.
// Timers are unref'd so they never keep a stopping server alive.
import "server-only";

export const HOUR_MS = 60 * 60 * 1000;

const log = (event: string, details: Record<string, unknown>) => console.log(JSON.stringify({ event, ...details }));

/** Runs `job` every `intervalMs`, and once right away when `now` is set. */
export function scheduleHourly(name: string, job: () => Promise<Record<string, unknown>>, options: { now?: boolean; intervalMs?: number } = {}) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    const started = Date.now();
    try {
      log(name, { ...(await job()), ms: Date.now() - started });
    } catch (error) {
      log(`${name}.error`, { error: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };
  if (options.now) void run();
  return setInterval(() => void run(), options.intervalMs ?? HOUR_MS).unref();
}
