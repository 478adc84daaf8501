// Zod schemas of the queue: the filters a URL (or the "next case" action) carries, and the inputs of the claim,
// release and assignment actions.
import { z } from "zod";
import { RuleCode, Severity } from "@/lib/generated/prisma/enums";
import { isTimeZone } from "@/lib/i18n/format";
import { freeText } from "@/lib/security/free-text";
import { QUEUE_SORTS, SORT_DIRECTIONS } from "./sorts";

/** The statuses of an open case: the queue lists open cases only. */
export const OPEN_CASE_STATUSES = ["NEW", "IN_REVIEW", "PENDING_APPROVAL", "ESCALATED", "APPEAL"] as const;
export type OpenCaseStatus = (typeof OPEN_CASE_STATUSES)[number];

export const ASSIGNEE_FILTERS = ["me", "unassigned"] as const;
export type AssigneeFilter = (typeof ASSIGNEE_FILTERS)[number];
export const SLA_FILTERS = ["breached", "today"] as const;
export type SlaFilter = (typeof SLA_FILTERS)[number];
export const PRODUCTS = ["CREDIT_LINE", "CASH_LOAN"] as const;
export type Product = (typeof PRODUCTS)[number];

const whole = z.coerce.number().int().min(0).max(2_147_483_647);
/** A non-negative amount with at most two decimals, kept as text: money is never a float. */
const amount = z.string().trim().regex(/^\d{1,12}(\.\d{1,2})?$/);

/** Each filter on its own, so a URL with one bad value keeps the others (see ./filters.ts). */
export const queueFilterFields = {
  rule: z.enum(RuleCode),
  severity: z.enum(Severity),
  status: z.enum(OPEN_CASE_STATUSES),
  assignee: z.enum(ASSIGNEE_FILTERS),
  sla: z.enum(SLA_FILTERS),
  product: z.enum(PRODUCTS),
  // ISO 3166-2 style codes, e.g. CN-BJ, or a country code such as TW for imported data.
  region: z.string().trim().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/),
  dpdMin: whole,
  dpdMax: whole,
  balanceMin: amount,
  balanceMax: amount,
  q: freeText(1, 40),
} as const;

export const queueFiltersSchema = z.object({
  rule: queueFilterFields.rule.optional(),
  severity: queueFilterFields.severity.optional(),
  status: queueFilterFields.status.optional(),
  assignee: queueFilterFields.assignee.optional(),
  sla: queueFilterFields.sla.optional(),
  product: queueFilterFields.product.optional(),
  region: queueFilterFields.region.optional(),
  dpdMin: queueFilterFields.dpdMin.optional(),
  dpdMax: queueFilterFields.dpdMax.optional(),
  balanceMin: queueFilterFields.balanceMin.optional(),
  balanceMax: queueFilterFields.balanceMax.optional(),
  q: queueFilterFields.q.optional(),
});
export type QueueFilters = z.infer<typeof queueFiltersSchema>;
export type QueueFilterName = keyof QueueFilters;

export const queueOrderSchema = z.object({ sort: z.enum(QUEUE_SORTS), dir: z.enum(SORT_DIRECTIONS) });

const caseId = z.number().int().positive().max(2_147_483_647);
const userId = z.number().int().positive().max(2_147_483_647);
const version = z.number().int().positive().max(2_147_483_647);

export const caseInput = z.object({ caseId });

/** "Next case" claims the highest-priority unclaimed case within the view's filters ("due today" in their zone). */
export const nextCaseInput = z.object({ filters: queueFiltersSchema, timeZone: z.string().refine(isTimeZone) });

/** The version the senior officer saw: a case changed since (claimed, released, escalated) is not reassigned blindly. */
export const reassignInput = z.object({ caseId, version, assigneeId: userId });

export const BULK_ASSIGN_LIMIT = 100;
export const bulkAssignInput = z.object({
  cases: z
    .array(z.object({ caseId, version }))
    .min(1)
    .max(BULK_ASSIGN_LIMIT)
    .refine((cases) => new Set(cases.map((c) => c.caseId)).size === cases.length, "each case once"),
  assigneeId: userId,
});
