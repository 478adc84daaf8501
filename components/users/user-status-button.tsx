"use client";
// Disable (after a confirmation dialog) or enable one user, through the server actions in lib/users/actions.ts.
// The outcome is announced in a live region; the list itself re-renders from the server (revalidatePath).
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { disableUser, enableUser } from "@/lib/users/actions";

export function UserStatusButton({ user }: { user: { id: number; name: string; disabled: boolean } }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const mutation = useMutation({
    mutationFn: (disable: boolean) => (disable ? disableUser : enableUser)({ userId: user.id }),
    onSuccess: (result) => {
      if (!result.ok) return setAnnouncement(result.error.message);
      setAnnouncement(t(result.data.disabled ? "users.disabledDone" : "users.enabledDone", { name: user.name }));
    },
  });

  return (
    <>
      {user.disabled ? (
        <Button variant="secondary" disabled={mutation.isPending} onClick={() => mutation.mutate(false)} aria-label={t("users.enableLabel", { name: user.name })}>
          {t("users.enable")}
        </Button>
      ) : (
        <Button variant="danger" disabled={mutation.isPending} onClick={() => dialog.current?.showModal()} aria-label={t("users.disableLabel", { name: user.name })}>
          {t("users.disable")}
        </Button>
      )}
      <span role="status" className="ml-2 text-sm" data-testid={`user-status-message-${user.id}`}>
        {announcement}
      </span>
      <dialog
        ref={dialog}
        aria-labelledby={`disable-title-${user.id}`}
        aria-describedby={`disable-body-${user.id}`}
        className="m-auto max-w-md rounded-lg border border-slate-300 bg-white p-6 text-slate-900 backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id={`disable-title-${user.id}`} className="text-lg font-semibold">
          {t("users.confirmTitle", { name: user.name })}
        </h2>
        <p id={`disable-body-${user.id}`} className="mt-2 text-sm">
          {t("users.confirmBody", { name: user.name })}
        </p>
        <form method="dialog" className="mt-6 flex justify-end gap-2">
          <Button type="submit" variant="secondary" autoFocus>
            {t("users.cancel")}
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              dialog.current?.close();
              mutation.mutate(true);
            }}
          >
            {t("users.confirmDisable")}
          </Button>
        </form>
      </dialog>
    </>
  );
}
