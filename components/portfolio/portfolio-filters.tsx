// The portfolio page's filters: product, region and period as a plain GET form, so the view lives in the URL
// (shareable, survives a reload) and works without JavaScript. The bucket chart's view stays as it is; the
// roll-rate month starts again from the period's latest.
import { regionName } from "@/components/queue/region-name";
import { PRODUCTS, type PortfolioFilters } from "@/lib/portfolio-metrics/filters";
import type { Translator } from "./chart-context";

const labelClass = "mb-1 block text-sm font-medium";
const fieldClass = "w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-800";
const button =
  "rounded bg-blue-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:bg-sky-300 dark:text-slate-900 dark:focus-visible:outline-sky-300";
const link = "rounded px-2 py-1.5 text-sm font-medium text-blue-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-700 dark:text-sky-300";

export interface PortfolioFiltersFormProps {
  filters: PortfolioFilters;
  regions: string[];
  bucketShares: boolean;
  i18n: Translator;
}

export function PortfolioFiltersForm({ filters, regions, bucketShares, i18n }: PortfolioFiltersFormProps) {
  const { t, locale } = i18n;
  // A region from a shared link that the book does not have (yet) is still shown as the one chosen.
  const options = filters.region && !regions.includes(filters.region) ? [...regions, filters.region] : regions;
  return (
    <form role="search" method="get" action="/portfolio" aria-label={t("portfolio.filters.label")} className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      {bucketShares && <input type="hidden" name="buckets" value="shares" />}
      <div className="w-44">
        <label htmlFor="portfolio-product" className={labelClass}>{t("portfolio.filters.product")}</label>
        <select id="portfolio-product" name="product" defaultValue={filters.product ?? ""} className={fieldClass}>
          <option value="">{t("portfolio.filters.any")}</option>
          {PRODUCTS.map((product) => (
            <option key={product} value={product}>{t(`queue.product.${product}`)}</option>
          ))}
        </select>
      </div>
      <div className="w-52">
        <label htmlFor="portfolio-region" className={labelClass}>{t("portfolio.filters.region")}</label>
        <select id="portfolio-region" name="region" defaultValue={filters.region ?? ""} className={fieldClass}>
          <option value="">{t("portfolio.filters.any")}</option>
          {options.map((region) => (
            <option key={region} value={region}>{regionName(region, locale)}</option>
          ))}
        </select>
      </div>
      <div className="w-44">
        <label htmlFor="portfolio-from" className={labelClass}>{t("portfolio.filters.from")}</label>
        <input id="portfolio-from" name="from" type="month" defaultValue={filters.from ?? ""} className={fieldClass} />
      </div>
      <div className="w-44">
        <label htmlFor="portfolio-to" className={labelClass}>{t("portfolio.filters.to")}</label>
        <input id="portfolio-to" name="to" type="month" defaultValue={filters.to ?? ""} className={fieldClass} />
      </div>
      <button type="submit" className={button}>{t("portfolio.filters.apply")}</button>
      <a href="/portfolio" className={link}>{t("portfolio.filters.reset")}</a>
    </form>
  );
}
