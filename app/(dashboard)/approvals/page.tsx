// The approvals screen: proposals waiting for a senior officer (decision:approve), oldest first, 25 to a page
// (?after=<cursor>). Approving or rejecting happens in place (components/decisions/approvals-screen.tsx); the server
// actions check the role, the proposer and the decision's version again.
import type { Metadata } from "next";
import { ApprovalsScreen } from "@/components/decisions/approvals-screen";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { findPendingApprovals } from "@/lib/decisions/find-pending-approvals";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("decisions.ui.approvals.title") };
}

export default async function ApprovalsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("decision:approve");
  const [{ t, format }, searchParams] = await Promise.all([getTranslator(), props.searchParams]);
  const after = typeof searchParams.after === "string" ? searchParams.after : null;
  const page = await findPendingApprovals({ after });
  return (
    <>
      <PageHeader title={t("decisions.ui.approvals.title")}>{t("decisions.ui.approvals.intro", { count: format.count(page.total) })}</PageHeader>
      <ApprovalsScreen page={page} viewerId={user.id} paged={after !== null} />
    </>
  );
}
