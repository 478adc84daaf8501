// The 404 of the account page ([id]/layout.tsx): an id that is not a number, or no account with it. Inside the dashboard's shell, so
// the officer keeps the navigation; the way back is the queue.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { NoticePage } from "@/components/ui/notice-page";
import { getTranslator } from "@/lib/i18n/server";

export default async function AccountNotFound() {
  const { t } = await getTranslator();
  return (
    <NoticePage code="404" title={t("account.notFound.title")} body={t("account.notFound.body")}>
      <Link href="/queue" className={buttonClass("primary")}>
        {t("account.notFound.toQueue")}
      </Link>
    </NoticePage>
  );
}
