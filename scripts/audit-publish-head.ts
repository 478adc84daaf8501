// `npm run audit:publish-head`: the scheduled upkeep by hand: creates the coming months' partitions, verifies the
// audit chain and publishes its head (table audit_chain_head, plus a JSON line in AUDIT_HEAD_FILE when set).
// Exit code 1 when the chain does not verify: nothing is published then.
import { closeAuditPool } from "@/lib/audit/audit-pool";
import { runAuditMaintenance } from "@/lib/audit/audit-maintenance";
import { describeVerification } from "@/lib/audit/verify-chain";

async function main() {
  const { partitions, publish: result } = await runAuditMaintenance();
  await closeAuditPool();
  console.log(`Partitions ready: ${partitions.join(", ")}`);
  if (!result.ok) {
    console.error(`Not published: ${describeVerification(result.verification)}`);
    process.exit(1);
  }
  console.log(result.head ? `Published head at seq ${result.head.seq}: ${result.head.hash} (${result.head.eventCount} events)` : "The chain is empty: nothing to publish.");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
