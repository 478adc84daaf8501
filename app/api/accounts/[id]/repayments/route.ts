// Older pages of the account's repayments, for the repayments table's "Load older":
// GET /api/accounts/:id/repayments?before=<cursor>. Authentication, case:view and validation in keysetPageResponse.
import { findRepayments } from "@/lib/accounts/find-repayments";
import { keysetPageResponse } from "@/lib/accounts/keyset-page-route";
import { withDatabaseFaults } from "@/lib/db-route";

export const GET = withDatabaseFaults((request: Request, { params }: { params: Promise<{ id: string }> }) => {
  return keysetPageResponse(request, params, findRepayments);
});
