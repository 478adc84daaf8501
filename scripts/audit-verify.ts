// `npm run audit:verify`: walks the audit chain and prints "N events verified, head <hash>", or the first event
// that does not fit and why (exit code 1). Progress goes to stderr when it is a terminal.
import { closeAuditPool } from "@/lib/audit/audit-pool";
import { describeVerification, verifyAuditChain } from "@/lib/audit/verify-chain";

async function main() {
  const started = performance.now();
  const progress = process.stderr.isTTY
    ? (verified: number, total: number) => process.stderr.write(`\r${verified} / ${total} events`)
    : undefined;
  const result = await verifyAuditChain(undefined, { onProgress: progress });
  if (progress) process.stderr.write("\n");
  console.log(describeVerification(result));
  console.error(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  await closeAuditPool();
  process.exit(result.ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
