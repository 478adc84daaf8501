// How the account page shows a national id without revealing it: its last four characters behind a fixed mask, so
// neither the id nor its length is shown (like maskPhone in lib/queue/masking.ts). Unmasking is audited elsewhere.

export function maskNationalId(nationalId: string): string {
  const trimmed = nationalId.trim();
  return `**************${trimmed.slice(-4)}`;
}
