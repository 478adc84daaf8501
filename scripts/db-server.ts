// `npm run db:server`: runs the embedded PostgreSQL of `npm start` on its own (port 54329, data in .data/postgres)
// with its database migrated, until Ctrl-C, for working with psql, Prisma or the scripts while the app is not running.
import { EMBEDDED_PORT, embeddedUrl } from "@/lib/database-url";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { prepareDatabase } from "./prepare-database";

async function main() {
  const server = await startEmbeddedPostgres({ dataDir: ".data/postgres", port: EMBEDDED_PORT, database: "postgres" });
  const url = embeddedUrl(EMBEDDED_PORT, "riskops");
  await prepareDatabase(url);
  console.log(`PostgreSQL is up with the migrated database at ${url}  (Ctrl-C stops it)`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  setInterval(() => {}, 1 << 30);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
