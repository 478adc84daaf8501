// The steps every server action goes through, in order, failing closed: authenticate, authorise (the role map),
// validate, run; expected failures (and a database that is down or busy) become a typed, translated result and
// unexpected ones a generic message with a reference (the details go to the server log only). The request-bound
// pieces come in as `deps` (lib/auth/action.ts binds the real ones), which keeps this logic testable on its own.
import type { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/app-error";
import { databaseFault } from "@/lib/db-errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";
import { can, type Permission } from "./permissions";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { code: AppErrorCode; message: string } };

export interface ActionSpec<S extends z.ZodType> {
  /** Names the action in logs, e.g. "users.disable". */
  name: string;
  permission: Permission;
  schema: S;
}

export interface ActionDeps<U extends { id: number; role: Role }> {
  currentUser(): Promise<U | null>;
  translator(): Promise<Translate>;
  requestId(): Promise<string>;
  log(level: "warn" | "error", event: string, details: Record<string, unknown>): void;
  /** Lets the framework's own control flow through (redirect(), notFound()). */
  rethrowFrameworkError(error: unknown): void;
}

export async function runAction<S extends z.ZodType, T, U extends { id: number; role: Role }>(
  deps: ActionDeps<U>,
  spec: ActionSpec<S>,
  input: unknown,
  run: (input: z.output<S>, user: U) => Promise<T>,
): Promise<ActionResult<T>> {
  const t = await deps.translator();
  const refuse = (code: AppErrorCode, message: string): ActionResult<T> => ({ ok: false, error: { code, message } });
  try {
    const user = await deps.currentUser();
    if (!user) return refuse("UNAUTHENTICATED", t("errors.unauthenticated"));
    if (!can(user.role, spec.permission)) {
      deps.log("warn", "action.forbidden", { action: spec.name, requestId: await deps.requestId(), userId: user.id, role: user.role });
      return refuse("FORBIDDEN", t("errors.forbidden"));
    }
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) return refuse("INVALID_INPUT", t("errors.invalidInput"));
    return { ok: true, data: await run(parsed.data, user) };
  } catch (error) {
    deps.rethrowFrameworkError(error);
    if (error instanceof AppError) return refuse(error.code, t(error.messageKey, error.values));
    const requestId = await deps.requestId();
    // A transaction cut off by the database going away rolls back whole (one whose COMMIT was already on its way
    // may have committed whole; forms' idempotency keys make the retry safe): never a partial write.
    const fault = databaseFault(error);
    if (fault) {
      deps.log("warn", "action.databaseUnavailable", { action: spec.name, requestId, fault, error });
      return refuse("DATABASE_UNAVAILABLE", t(`faults.action.${fault}`));
    }
    deps.log("error", "action.failed", { action: spec.name, requestId, error });
    return refuse("INTERNAL", t("errors.internal", { reference: requestId }));
  }
}
