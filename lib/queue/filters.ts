// The queue's view as the URL carries it, so a view can be shared and survives a reload: filters, order and page
// position. Parsing is lenient per parameter (a bad or stale value is dropped, the rest kept) and serialising is
// canonical (fixed order, defaults left out), so the same view is always the same URL and the same query key.
import { queueFilterFields, type QueueFilterName, type QueueFilters } from "./schemas";
import { DEFAULT_DIRECTION, QUEUE_SORTS, SORT_DIRECTIONS, type QueueSort, type SortDirection } from "./sorts";

export interface QueueView {
  filters: QueueFilters;
  sort: QueueSort;
  dir: SortDirection;
  /** Keyset cursors (./cursor.ts): the page after or before a row. At most one is set. */
  after?: string;
  before?: string;
}

export type QueueParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** In URL order. */
export const FILTER_NAMES = Object.keys(queueFilterFields) as QueueFilterName[];

function read(params: QueueParams, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  const single = Array.isArray(value) ? value[0] : value;
  return single === null || single === undefined || single === "" ? undefined : single;
}

export function parseQueueView(params: QueueParams): QueueView {
  const filters: Record<string, unknown> = {};
  for (const name of FILTER_NAMES) {
    const raw = read(params, name);
    if (raw === undefined) continue;
    const parsed = queueFilterFields[name].safeParse(raw);
    if (parsed.success) filters[name] = parsed.data;
  }
  const sortParam = read(params, "sort");
  const sort = QUEUE_SORTS.find((s) => s === sortParam) ?? "priority";
  const dirParam = read(params, "dir");
  const dir = SORT_DIRECTIONS.find((d) => d === dirParam) ?? DEFAULT_DIRECTION[sort];
  const after = read(params, "after");
  const before = after === undefined ? read(params, "before") : undefined;
  return { filters: filters as QueueFilters, sort, dir, after, before };
}

export function serializeQueueView(view: QueueView): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = view.filters[name];
    if (value !== undefined) params.set(name, String(value));
  }
  if (view.sort !== "priority") params.set("sort", view.sort);
  if (view.dir !== DEFAULT_DIRECTION[view.sort]) params.set("dir", view.dir);
  if (view.after) params.set("after", view.after);
  else if (view.before) params.set("before", view.before);
  return params.toString();
}

/** The React Query key of a view's data: one key per canonical URL. */
export const queueQueryKey = (view: QueueView) => ["queue", serializeQueueView(view)] as const;

export function hasFilters(filters: QueueFilters): boolean {
  return FILTER_NAMES.some((name) => filters[name] !== undefined);
}

/**
 * The same view with some filters changed, as typed or chosen (blank removes one), back on its first page. The
 * values are checked as a URL's are, so a bad one is dropped rather than sent.
 */
export function withFilterValues(view: QueueView, values: Partial<Record<QueueFilterName, string>>): QueueView {
  const params = new URLSearchParams(serializeQueueView({ filters: view.filters, sort: view.sort, dir: view.dir }));
  for (const [name, value] of Object.entries(values)) {
    if (value?.trim()) params.set(name, value.trim());
    else params.delete(name);
  }
  return parseQueueView(params);
}

/** The same filters in another order, on its first page. */
export function withOrder(view: QueueView, sort: QueueSort, dir: SortDirection = DEFAULT_DIRECTION[sort]): QueueView {
  return { filters: view.filters, sort, dir };
}
