// An expected failure the person can act on: a code for programs and a message key for people. Data functions
// and mutations throw it; the action wrapper (lib/auth/action.ts) turns it into a translated, typed result.
import type { MessageKey, MessageValues } from "@/lib/i18n/translate";

export const APP_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "INVALID_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  // The database is down or saturated (lib/db-errors.ts): nothing was written, trying again later may work.
  "DATABASE_UNAVAILABLE",
  "INTERNAL",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: MessageKey,
    readonly values?: MessageValues,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}
