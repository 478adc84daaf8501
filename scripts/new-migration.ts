// `npm run db:migration -- <name>`: writes a new migration offline, as stack.md prescribes (Prisma's
// `migrate dev` cannot run here): the SQL difference between the schema as of the last migration
// (prisma/migrations/schema-at-last-migration.prisma) and prisma/schema.prisma, into
// prisma/migrations/<timestamp>_<name>/migration.sql; then it applies it to the development database.
// The CLI still needs a reachable server for its adapter, so the embedded one is started when DATABASE_URL is unset.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { EMBEDDED_PORT } from "@/lib/database-url";
import { prepareDatabase, siblingDatabaseUrl, startDatabaseServer } from "./prepare-database";
import { bin } from "./run-command";

const MIGRATIONS = path.join("prisma", "migrations");
const SNAPSHOT = path.join(MIGRATIONS, "schema-at-last-migration.prisma");

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Usage: npm run db:migration -- <name in snake_case>");
  const server = await startDatabaseServer({ dataDir: ".data/postgres", port: EMBEDDED_PORT });
  const url = server.embedded ? siblingDatabaseUrl(server.url, "riskops") : server.url;
  try {
    const sql = execFileSync(
      bin("prisma"),
      ["migrate", "diff", "--from-schema-datamodel", SNAPSHOT, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
    );
    if (!/^(CREATE|ALTER|DROP)/m.test(sql)) {
      console.log("The schema has not changed since the last migration: nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(MIGRATIONS, `${stamp}_${name}`);
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, "migration.sql"), sql);
    fs.copyFileSync("prisma/schema.prisma", SNAPSHOT);
    console.log(`Wrote ${folder}/migration.sql. Review it, add any hand-written SQL (no semicolons inside strings`);
    console.log("or comments: Prisma's runner splits at each one), then it is applied to the development database.");
    await prepareDatabase(url);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
