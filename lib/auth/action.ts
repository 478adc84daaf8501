// The one way to write a server action: `export const doThing = authedAction({ name, permission, schema }, run)`
// in a "use server" file. See action-core.ts for the steps; this file binds them to the current request.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { AuditActor } from "@/lib/audit/append-audit-event";
import { getTranslator } from "@/lib/i18n/server";
import { log } from "@/lib/log";
import { currentAuditActor, currentRequestMeta } from "./audit-actor";
import { runAction, type ActionDeps, type ActionResult, type ActionSpec } from "./action-core";
import { getCurrentUser, type CurrentUser } from "./session";

export type { ActionResult };

export interface ActionContext {
  user: CurrentUser;
  /** The actor for appendAuditEvent, built from the user and this request's headers. */
  actor: AuditActor;
}

const deps: ActionDeps<CurrentUser> = {
  currentUser: getCurrentUser,
  translator: async () => (await getTranslator()).t,
  requestId: async () => (await currentRequestMeta()).requestId,
  log: (level, event, details) => log[level](details, event),
  rethrowFrameworkError: unstable_rethrow,
};

export function authedAction<S extends z.ZodType, T>(
  spec: ActionSpec<S>,
  run: (input: z.output<S>, context: ActionContext) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return (input) =>
    runAction(deps, spec, input, async (valid, user) => run(valid, { user, actor: await currentAuditActor(user) }));
}
