"use client";
// Who the customer is, masked (name, phone, national id), for the account header. A viewer who may unmask asks
// for the details with a stated reason; the server records the reason in the audit trail and returns the values,
// which live only in this component's state (never in a cache) until "Mask again" or leaving the page.
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { unmaskCustomer } from "@/lib/accounts/actions";
import type { UnmaskedCustomer } from "@/lib/accounts/mutations";
import { UNMASK_REASON_MAX, UNMASK_REASON_MIN } from "@/lib/accounts/schemas";
import { useI18n } from "@/lib/i18n/client";
import { Button, buttonClass } from "@/components/ui/button";

export interface MaskedCustomer {
  name: string;
  phone: string;
  nationalId: string;
}

export interface CustomerIdentityProps {
  accountId: number;
  masked: MaskedCustomer;
  /** The viewer may unmask (customer:unmask). */
  canUnmask: boolean;
}

type Mode = "masked" | "asking" | "shown";

export function CustomerIdentity({ accountId, masked, canUnmask }: CustomerIdentityProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>("masked");
  const [revealed, setRevealed] = useState<UnmaskedCustomer | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const showButton = useRef<HTMLButtonElement>(null);
  const hideButton = useRef<HTMLButtonElement>(null);
  // Focus follows the control that replaced the one the viewer used (the form focuses its own field).
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (mode === "shown") hideButton.current?.focus();
    if (mode === "masked" && returnFocus) showButton.current?.focus();
  }, [mode, returnFocus]);

  const reveal = (customer: UnmaskedCustomer) => {
    setRevealed(customer);
    setMode("shown");
    setAnnouncement(t("account.unmask.revealed"));
  };
  const cancel = () => {
    setReturnFocus(true);
    setMode("masked");
  };
  const maskAgain = () => {
    setRevealed(null);
    setReturnFocus(true);
    setMode("masked");
    setAnnouncement(t("account.unmask.masked"));
  };

  const facts: [string, string, string][] = [
    ["name", t("account.unmask.name"), revealed?.fullName ?? masked.name],
    ["phone", t("account.unmask.phone"), revealed?.phone ?? masked.phone],
    ["nationalId", t("account.unmask.nationalId"), revealed?.nationalId ?? masked.nationalId],
  ];

  return (
    <div role="group" aria-label={t("account.unmask.heading")} className="space-y-2 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {facts.map(([key, term, value]) => (
          <div key={key} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="font-mono break-all">{value}</dd>
          </div>
        ))}
      </dl>
      {!revealed && <p className="text-xs text-slate-600 dark:text-slate-400">{t("account.unmask.maskedNote")}</p>}
      {canUnmask && mode === "masked" && (
        <button ref={showButton} type="button" className={buttonClass("secondary")} onClick={() => setMode("asking")}>
          {t("account.unmask.show")}
        </button>
      )}
      {canUnmask && mode === "shown" && (
        <button ref={hideButton} type="button" className={buttonClass("secondary")} onClick={maskAgain}>
          {t("account.unmask.hide")}
        </button>
      )}
      {canUnmask && mode === "asking" && <UnmaskForm accountId={accountId} onRevealed={reveal} onCancel={cancel} />}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

/** Mounted afresh each time it opens, so an earlier attempt's reason and error are gone. */
function UnmaskForm(props: { accountId: number; onRevealed: (customer: UnmaskedCustomer) => void; onCancel: () => void }) {
  const { accountId, onRevealed, onCancel } = props;
  const { t } = useI18n();
  const ids = { reason: useId(), hint: useId(), error: useId() };
  const [error, submit, pending] = useActionState(async (_previous: string | null, form: FormData): Promise<string | null> => {
    const reason = String(form.get("reason") ?? "").trim();
    if (reason.length < UNMASK_REASON_MIN) return t("account.unmask.tooShort", { min: UNMASK_REASON_MIN });
    const result = await unmaskCustomer({ accountId, reason });
    if (!result.ok) return result.error.message;
    onRevealed(result.data);
    return null;
  }, null);

  return (
    <form
      action={submit}
      noValidate
      aria-label={t("account.unmask.formLabel")}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
      className="space-y-2 rounded-md border border-slate-300 p-3 dark:border-slate-700"
    >
      <label htmlFor={ids.reason} className="block font-medium">
        {t("account.unmask.reason")}
      </label>
      <textarea
        id={ids.reason}
        name="reason"
        rows={2}
        autoFocus
        maxLength={UNMASK_REASON_MAX}
        required
        aria-describedby={`${ids.hint} ${ids.error}`}
        aria-invalid={error !== null}
        className="block w-full rounded-md border border-slate-400 bg-white p-2 outline-none focus-visible:ring-2 focus-visible:ring-blue-700 dark:border-slate-500 dark:bg-slate-950 dark:focus-visible:ring-sky-300"
      />
      <p id={ids.hint} className="text-xs text-slate-600 dark:text-slate-400">
        {t("account.unmask.reasonHint", { min: UNMASK_REASON_MIN, max: UNMASK_REASON_MAX })}
      </p>
      <p id={ids.error} aria-live="assertive" className="text-red-800 dark:text-red-300">
        {!pending && error}
      </p>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {t(pending ? "account.unmask.submitting" : "account.unmask.submit")}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {t("account.unmask.cancel")}
        </Button>
      </div>
    </form>
  );
}
