// The load benchmark's app (scripts/bench-load.ts): the production build (`next start`, NEXT_DIST_DIR or .next) on a
// free loopback port against DATABASE_URL, and a demo user's session cookies, got through next-auth's own sign-in.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export interface LoadServer {
  baseUrl: string;
  /** Resolves at the first log line of `event` (pino's JSON "event" field) or after `timeoutMs`. */
  logEvent(event: string, timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

export async function startLoadServer(databaseUrl: string): Promise<LoadServer> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    throw new Error(`no production build in ${distDir}: run \`npx next build\` first (NEXT_DIST_DIR to choose the folder)`);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || randomBytes(32).toString("hex"),
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let tail = "";
  const waiters: { event: string; resolve: (seen: boolean) => void }[] = [];
  const seen = new Set<string>();
  let partial = "";
  const onOutput = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-8000);
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      const event = eventOf(line);
      if (!event) continue;
      seen.add(event);
      for (const waiter of waiters.filter((w) => w.event === event)) waiter.resolve(true);
    }
  };
  child.stdout!.on("data", onOutput);
  child.stderr!.on("data", (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-8000)));

  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${tail}`);
    if (waited > 120_000) throw new Error(`next start did not answer on ${baseUrl}:\n${tail}`);
    if (await fetch(`${baseUrl}/login`).then((response) => response.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    baseUrl,
    logEvent: (event, timeoutMs) =>
      seen.has(event)
        ? Promise.resolve(true)
        : new Promise((resolve) => {
            waiters.push({ event, resolve });
            setTimeout(() => resolve(false), timeoutMs).unref();
          }),
    stop: async () => {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    },
  };
}

function eventOf(line: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === "object" && parsed !== null && "event" in parsed ? String(parsed.event) : undefined;
  } catch {
    return undefined;
  }
}

/** Signs in with email and password through next-auth's credentials endpoint; returns the Cookie header to send. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) {
    throw new Error(`sign-in as ${email} failed (HTTP ${response.status})`);
  }
  return header();
}
