// The audit trail's scheduled upkeep, for the app to run at start and hourly: create the coming months' partitions
// (so events never pile up in the DEFAULT partition), then verify the chain and publish its head.
import "server-only";
import { ensureAuditPartitions } from "./archive-partitions";
import { withAuditClient } from "./audit-pool";
import { publishChainHead, type PublishResult } from "./publish-chain-head";

export async function runAuditMaintenance(): Promise<{ partitions: string[]; publish: PublishResult }> {
  return withAuditClient(async (client) => {
    const partitions = await ensureAuditPartitions(client);
    const publish = await publishChainHead({ client });
    return { partitions, publish };
  });
}
