// `npm run audit:archive -- --before YYYY-MM [--dir .data/audit-archive]`: archives every monthly partition of the
// audit trail before that month to a CSV file with a manifest, records the checkpoint and drops the partition
// (lib/audit/README.md). Also creates the partitions of the coming months.
import { parseArgs } from "node:util";
import pg from "pg";
import { archiveAuditPartitions, ensureAuditPartitions } from "@/lib/audit/archive-partitions";
import { databaseUrl, UTC_SESSION } from "@/lib/database-url";

async function main() {
  const { values } = parseArgs({ options: { before: { type: "string" }, dir: { type: "string" } }, strict: true });
  if (!values.before) throw new Error("Usage: npm run audit:archive -- --before YYYY-MM [--dir <folder>]");
  const client = new pg.Client({ connectionString: databaseUrl(), options: UTC_SESSION, application_name: "riskops-audit-archive" });
  await client.connect();
  try {
    const created = await ensureAuditPartitions(client);
    console.log(`Partitions ready: ${created.join(", ")}`);
    const archived = await archiveAuditPartitions(client, {
      before: values.before,
      dir: values.dir ?? ".data/audit-archive",
      actor: { actorId: null, actorLabel: "system:audit-archive", role: null },
    });
    if (archived.length === 0) console.log(`No partition before ${values.before}.`);
    for (const a of archived) {
      console.log(
        a.eventCount === 0
          ? `${a.partition}: empty, dropped`
          : `${a.partition}: ${a.eventCount} events (seq ${a.firstSeq}..${a.lastSeq}, last hash ${a.lastHash}) -> ${a.file} (sha256 ${a.fileSha256})`,
      );
    }
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
