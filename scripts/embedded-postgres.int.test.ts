// The embedded server's lifecycle: first start initialises a cluster, a second start reuses its data, and
// stop leaves no postgres process behind (the start command's Ctrl-C relies on this).
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedUrl } from "@/lib/database-url";
import { startEmbeddedPostgres } from "./embedded-postgres";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "riskops-pg-"));
const port = 54_400 + Math.floor(Math.random() * 500);

function postgresProcessesFor(dir: string): string[] {
  return execSync("ps -eo args", { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes("postgres") && line.includes(dir));
}

async function query(sql: string) {
  const client = new pg.Client({ connectionString: embeddedUrl(port, "postgres") });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("startEmbeddedPostgres", () => {
  it("initialises, keeps data across restarts, and stops without leaving a process", async () => {
    const first = await startEmbeddedPostgres({ dataDir, port, database: "postgres" });
    await query("CREATE TABLE kept (v int)");
    await query("INSERT INTO kept VALUES (42)");
    await first.stop();
    expect(postgresProcessesFor(dataDir)).toEqual([]);

    const started = Date.now();
    const second = await startEmbeddedPostgres({ dataDir, port, database: "postgres" });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await query("SELECT v FROM kept")).toEqual([{ v: 42 }]);
    await second.stop();
    expect(postgresProcessesFor(dataDir)).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  });
});
