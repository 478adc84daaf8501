// Delinquency buckets as domain.md defines them: current (0 DPD), M1 (1-30), M2 (31-60), M3 (61-90), M4+ (over 90).
// A threshold such as "DPD >= 90" always includes its number; revolving credit charges off at 180 DPD.

export const BUCKETS = ["CURRENT", "M1", "M2", "M3", "M4_PLUS"] as const;
export type Bucket = (typeof BUCKETS)[number];

export const CHARGE_OFF_DPD = 180;

export function bucketOf(dpd: number): Bucket {
  if (!Number.isInteger(dpd) || dpd < 0) throw new RangeError(`DPD must be a whole number >= 0, got ${dpd}`);
  if (dpd === 0) return "CURRENT";
  if (dpd <= 30) return "M1";
  if (dpd <= 60) return "M2";
  if (dpd <= 90) return "M3";
  return "M4_PLUS";
}

/** The same rule in SQL, for set-based queries over a DPD column (keep in step with bucketOf). */
export const BUCKET_SQL = (column: string) =>
  `CASE WHEN ${column} = 0 THEN 'CURRENT' WHEN ${column} <= 30 THEN 'M1' WHEN ${column} <= 60 THEN 'M2' ` +
  `WHEN ${column} <= 90 THEN 'M3' ELSE 'M4_PLUS' END`;
