// Where requirePermission sends a signed-in user whose role may not open a page (the 403 page).
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { NoticePage } from "@/components/ui/notice-page";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("forbidden.title") };
}

export default async function ForbiddenPage() {
  await requireUser();
  const { t } = await getTranslator();
  return (
    <NoticePage code="403" title={t("forbidden.title")} body={t("forbidden.body")}>
      <Link href="/" className={buttonClass("primary")}>
        {t("common.goHome")}
      </Link>
    </NoticePage>
  );
}
