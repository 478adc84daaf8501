// Older pages of the account's purchases, for the purchases table's "Load older":
// GET /api/accounts/:id/purchases?before=<cursor>. Authentication, case:view and validation in keysetPageResponse.
import { findPurchases } from "@/lib/accounts/find-purchases";
import { keysetPageResponse } from "@/lib/accounts/keyset-page-route";
import { withDatabaseFaults } from "@/lib/db-route";

export const GET = withDatabaseFaults((request: Request, { params }: { params: Promise<{ id: string }> }) => {
  return keysetPageResponse(request, params, findPurchases);
});
