// Which audit events a person is looking at: the one filter shared by the explorer (find-audit-events.ts), the
// export (export/*) and the export manifest. It travels in the URL (explorer, export link), so it parses from and
// serialises to URLSearchParams. Safe in client components; its SQL is in ./audit-filter-sql.ts (server-only), so
// that the browser bundle never pulls in the Prisma client.
import { z } from "zod";
import { freeText } from "@/lib/security/free-text";
import { Role } from "@/lib/generated/prisma/enums";

const id = z.coerce.number().int().positive().max(2_147_483_647);
/** An instant with an explicit zone ("Z" or an offset), normalised to UTC ISO text with milliseconds. */
const instant = z.iso.datetime({ offset: true }).transform((text) => new Date(text).toISOString());

export const auditFilterFields = {
  /** Events at or after this instant. */
  from: instant,
  /** Events strictly before this instant. */
  to: instant,
  /** Who acted: the recorded actor label (a user's email, or "system:<job>"), matched exactly, case-insensitively for emails. */
  actor: z.string().trim().min(1).max(320),
  /** The actor's role at the time. */
  role: z.enum(Object.values(Role) as [Role, ...Role[]]),
  /** An action ("decision.approve"), or a prefix ending in "." or "*" ("decision." and "decision.*" both mean every decision action). */
  action: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_.:-]+\*?$/),
  accountId: id,
  caseId: id,
  decisionId: id,
  /** Free text looked for in the event's note (case-insensitive substring). */
  q: freeText(1, 200),
} as const;

export const auditFilter = z.object(auditFilterFields).partial();

export type AuditFilter = z.output<typeof auditFilter>;
export type AuditFilterName = keyof typeof auditFilterFields;

/** In URL order. */
export const AUDIT_FILTER_NAMES = Object.keys(auditFilterFields) as AuditFilterName[];

export type AuditFilterParams = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: AuditFilterParams, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  const single = Array.isArray(value) ? value[0] : value;
  return single === null || single === undefined || single.trim() === "" ? undefined : single;
}

/**
 * Strict: any malformed value fails the whole filter (an export must never silently cover more than was asked).
 * Parameters other than the filter's (format, cursors) are ignored; empty values count as absent.
 */
export function parseAuditFilter(params: AuditFilterParams) {
  const raw: Record<string, string> = {};
  for (const name of AUDIT_FILTER_NAMES) {
    const value = read(params, name);
    if (value !== undefined) raw[name] = value;
  }
  const parsed = auditFilter.safeParse(raw);
  if (parsed.success && parsed.data.from && parsed.data.to && parsed.data.from >= parsed.data.to) {
    return { success: false as const, error: "from must be before to" };
  }
  return parsed.success ? { success: true as const, data: parsed.data } : { success: false as const, error: parsed.error.message };
}

/** Lenient, for pages: a bad or stale value is dropped and the rest kept. */
export function parseAuditFilterLenient(params: AuditFilterParams): AuditFilter {
  const filter: Record<string, unknown> = {};
  for (const name of AUDIT_FILTER_NAMES) {
    const value = read(params, name);
    if (value === undefined) continue;
    const parsed = auditFilterFields[name].safeParse(value);
    if (parsed.success) filter[name] = parsed.data;
  }
  return filter as AuditFilter;
}

/** Canonical: fixed order, absent values left out, so the same filter is always the same URL. */
export function auditFilterParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of AUDIT_FILTER_NAMES) {
    const value = filter[name];
    if (value !== undefined) params.set(name, String(value));
  }
  return params;
}

/** The filter with absent fields removed, as stored in an export manifest. */
export function auditFilterJson(filter: AuditFilter): Record<string, string | number> {
  return Object.fromEntries(AUDIT_FILTER_NAMES.flatMap((name) => (filter[name] === undefined ? [] : [[name, filter[name]]])));
}

/** Escapes LIKE's wildcards (and its escape character) so typed text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The action filter as exact text or a prefix: "decision." and "decision.*" are prefixes, "decision.approve" is exact. */
export function actionMatch(action: string): { exact: string } | { prefix: string } {
  if (action.endsWith("*")) return { prefix: action.slice(0, -1) };
  if (action.endsWith(".")) return { prefix: action };
  return { exact: action };
}
