// The queue's orders. Each is a tuple of sort keys ending in the case id, so that the order is total and a page
// boundary (a keyset cursor) is one row's keys; all keys run in the same direction, so one index read forwards or
// backwards serves both directions (migration queue_indexes).

export const QUEUE_SORTS = ["priority", "due", "dpd", "outstanding", "flagged"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Most urgent first: by priority then due time; soonest due; most overdue; largest balance; longest flagged. */
export const DEFAULT_DIRECTION: Record<QueueSort, SortDirection> = {
  priority: "asc",
  due: "asc",
  dpd: "desc",
  outstanding: "desc",
  flagged: "asc",
};

/** What a row contributes to each order, before its id. */
export interface SortKeySource {
  priority: number;
  dueAt: string;
  dpd: number;
  outstanding: string;
  flaggedAt: string;
}

export type SortKey = (string | number)[];

export function sortKeyOf(sort: QueueSort, row: SortKeySource): SortKey {
  switch (sort) {
    case "priority":
      return [row.priority, row.dueAt];
    case "due":
      return [row.dueAt];
    case "dpd":
      return [row.dpd];
    case "outstanding":
      return [row.outstanding];
    case "flagged":
      return [row.flaggedAt];
  }
}
