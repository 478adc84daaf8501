// The 404 page, for any address without a page.
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { NoticePage } from "@/components/ui/notice-page";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notFound.title") };
}

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main id="main" className="px-4">
      <NoticePage code="404" title={t("notFound.title")} body={t("notFound.body")}>
        <Link href="/" className={buttonClass("primary")}>
          {t("common.goHome")}
        </Link>
      </NoticePage>
    </main>
  );
}
