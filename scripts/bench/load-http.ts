// One measured load on one route for the load benchmark (scripts/bench-load.ts): autocannon at N connections for
// D seconds, each request's path chosen in turn from `paths`; every response time is kept (autocannon's own summary
// has no p95), and anything but a 2xx, a socket error or a timeout counts as an error.
import autocannon from "autocannon";
import { percentile } from "./timing";

export interface LoadFigures {
  name: string;
  requests: number;
  errors: number;
  /** Status codes other than 2xx, with their counts. */
  statuses: Record<string, number>;
  errorRate: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
}

export interface LoadTarget {
  name: string;
  baseUrl: string;
  paths: string[];
  cookie: string;
  connections: number;
  durationSeconds: number;
}

export function runLoad(target: LoadTarget): Promise<LoadFigures> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let failures = 0;
  let next = 0;
  return new Promise((resolve, reject) => {
    const tracker = autocannon(
      {
        url: target.baseUrl,
        connections: target.connections,
        duration: target.durationSeconds,
        timeout: 10,
        headers: { cookie: target.cookie, accept: "application/json" },
        requests: [{ setupRequest: (request) => ({ ...request, path: target.paths[next++ % target.paths.length] }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        const requests = latencies.length + failures;
        const errors = failures + Object.values(statuses).reduce((sum, count) => sum + count, 0);
        resolve({
          name: target.name,
          requests,
          errors,
          statuses,
          errorRate: requests === 0 ? 1 : errors / requests,
          p50: percentile(latencies, 0.5) ?? NaN,
          p95: percentile(latencies, 0.95) ?? NaN,
          p99: percentile(latencies, 0.99) ?? NaN,
          max: latencies.length ? latencies.reduce((most, value) => Math.max(most, value)) : NaN,
          perSecond: requests / result.duration,
        });
      },
    );
    tracker.on("response", (_client: unknown, statusCode: number, _bytes: number, ms: number) => {
      latencies.push(ms);
      if (statusCode < 200 || statusCode >= 300) statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
    tracker.on("reqError", () => (failures += 1));
  });
}
