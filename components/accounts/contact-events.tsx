// The account's latest contact attempts and app events (uninstalls, reinstalls, calls reached or not), newest
// first: the context of CONTACT_LOST, and what a collections review looks at first.
import type { ContactEventView } from "@/lib/accounts/find-account-flags";
import { instantText, type SectionI18n } from "./evidence-format";

const th = "px-3 py-2 text-left font-medium text-slate-700 dark:text-slate-300";

export function ContactEvents({ events, i18n }: { events: ContactEventView[]; i18n: SectionI18n }) {
  const { t } = i18n;
  return (
    <section aria-labelledby="account-contacts-heading" className="space-y-2">
      <h2 id="account-contacts-heading" className="text-lg font-semibold">
        {t("account.evidence.contacts.title")}
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("account.evidence.contacts.none")}</p>
      ) : (
        // Focusable so keyboard users can scroll a table wider than a phone's screen.
        <div role="region" aria-labelledby="account-contacts-heading" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-300 bg-white focus-visible:ring-2 focus-visible:ring-blue-700 dark:border-slate-700 dark:bg-slate-900 dark:focus-visible:ring-sky-300">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("account.evidence.contacts.caption")}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className={th}>{t("account.evidence.contacts.when")}</th>
                <th scope="col" className={th}>{t("account.evidence.contacts.event")}</th>
                <th scope="col" className={th}>{t("account.evidence.contacts.detail")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} className="border-b border-slate-200 last:border-0 dark:border-slate-800">
                  <td className="px-3 py-2 whitespace-nowrap">{instantText(i18n, event.occurredAt)}</td>
                  <td className="px-3 py-2">{t(`account.evidence.contactKind.${event.kind}`)}</td>
                  {/* Details are typed by collectors or systems, in English. */}
                  <td className="px-3 py-2" lang="en">{event.detail ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
