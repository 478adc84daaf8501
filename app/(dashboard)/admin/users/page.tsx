// User administration: everyone who can sign in, with their role and status; administrators disable and enable.
import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { UserStatusButton } from "@/components/users/user-status-button";
import { requirePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { findUsers, USERS_PAGE_SIZE } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("users.title") };
}

export default async function UsersPage(props: { searchParams: Promise<{ page?: string | string[] }> }) {
  const admin = await requirePermission("user:manage");
  const { page: requested } = await props.searchParams;
  const [{ t, format }, list] = await Promise.all([
    getTranslator(),
    findUsers({ page: Number(typeof requested === "string" ? requested : 1) }),
  ]);
  return (
    <>
      <PageHeader title={t("users.title")} />
      <DataTable
        caption={t("users.caption")}
        rowKey={(user) => String(user.id)}
        rows={list.users}
        columns={[
          { header: t("users.col.name"), cell: (user) => user.name },
          { header: t("users.col.email"), cell: (user) => user.email },
          { header: t("users.col.role"), cell: (user) => t(`role.${user.role}`) },
          {
            header: t("users.col.status"),
            cell: (user) => (
              <span data-testid={`user-status-${user.id}`}>{user.disabled ? t("users.disabled") : t("users.active")}</span>
            ),
          },
          {
            header: t("users.col.lastLogin"),
            cell: (user) => (user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t("users.never")),
          },
          {
            header: t("users.col.actions"),
            cell: (user) =>
              user.id === admin.id ? (
                <span className="text-slate-600 dark:text-slate-400">{t("users.you")}</span>
              ) : (
                <UserStatusButton user={{ id: user.id, name: user.name, disabled: user.disabled }} />
              ),
          },
        ]}
      />
      <Pagination
        basePath="/admin/users"
        page={list.page}
        pageCount={list.pageCount}
        pageSize={USERS_PAGE_SIZE}
        total={list.total}
        t={t}
        formatCount={format.count}
      />
    </>
  );
}
