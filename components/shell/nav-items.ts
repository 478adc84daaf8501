// The dashboard's navigation: every screen that exists, with the permission that opens it. The shell shows a
// role only the links it may follow; each page still checks the permission itself.
import type { Permission } from "@/lib/auth/permissions";
import type { MessageKey } from "@/lib/i18n/translate";

export interface NavItem {
  href: string;
  labelKey: MessageKey;
  permission: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "nav.home", permission: "portfolio:view" },
  { href: "/portfolio", labelKey: "nav.portfolio", permission: "portfolio:view" },
  { href: "/queue", labelKey: "nav.queue", permission: "case:view" },
  { href: "/approvals", labelKey: "nav.approvals", permission: "decision:approve" },
  { href: "/audit", labelKey: "nav.audit", permission: "audit:view" },
  { href: "/admin/users", labelKey: "nav.adminUsers", permission: "user:manage" },
];
