// Previous/next links for a server-paginated list; the page number travels in the URL (?page=N).
import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { buttonClass } from "./button";

export function Pagination(props: {
  basePath: string;
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  t: Translate;
  formatCount: (value: number) => string;
}) {
  const { basePath, page, pageCount, pageSize, total, t, formatCount } = props;
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(page * pageSize, total);
  const href = (target: number) => (target === 1 ? basePath : `${basePath}?page=${target}`);
  return (
    <nav aria-label={t("pagination.label")} className="mt-4 flex items-center justify-between gap-4 text-sm">
      <p>{t("pagination.range", { from: formatCount(from), to: formatCount(to), total: formatCount(total) })}</p>
      {pageCount > 1 && (
        <div className="flex gap-2">
          {page > 1 && (
            <Link className={buttonClass("secondary")} href={href(page - 1)}>
              {t("pagination.previous")}
            </Link>
          )}
          {page < pageCount && (
            <Link className={buttonClass("secondary")} href={href(page + 1)}>
              {t("pagination.next")}
            </Link>
          )}
        </div>
      )}
    </nav>
  );
}
