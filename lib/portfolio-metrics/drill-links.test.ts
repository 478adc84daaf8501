import { describe, expect, it } from "vitest";
import { BUCKETS, bucketOf } from "@/lib/credit/buckets";
import { bandAccountsHref, bucketAccountsHref, bucketDpdRange, chartCsvHref, portfolioHref, queueHref } from "./drill-links";

describe("bucketDpdRange", () => {
  it("holds exactly the DPDs bucketOf puts in the bucket", () => {
    for (const bucket of BUCKETS) {
      const { dpdMin, dpdMax } = bucketDpdRange(bucket);
      expect(bucketOf(dpdMin)).toBe(bucket);
      if (dpdMax !== undefined) {
        expect(bucketOf(dpdMax)).toBe(bucket);
        expect(bucketOf(dpdMax + 1)).not.toBe(bucket);
      } else expect(bucketOf(400)).toBe(bucket);
      if (dpdMin > 0) expect(bucketOf(dpdMin - 1)).not.toBe(bucket);
    }
  });

  it("gives OVERDUE every DPD outside CURRENT", () => {
    expect(bucketDpdRange("OVERDUE")).toEqual({ dpdMin: 1 });
    expect(bucketOf(0)).toBe("CURRENT");
    expect(bucketOf(1)).not.toBe("CURRENT");
  });
});

describe("queueHref", () => {
  it("adds the chart's segment to the queue filters, in the queue's URL order", () => {
    expect(queueHref({ product: "CASH_LOAN", region: "CN-BJ" }, { rule: "CASH_OUT" })).toBe("/queue?rule=CASH_OUT&product=CASH_LOAN&region=CN-BJ");
    expect(queueHref({}, { sla: "breached" })).toBe("/queue?sla=breached");
    expect(queueHref({}, { severity: "HIGH", ...bucketDpdRange("M2") })).toBe("/queue?severity=HIGH&dpdMin=31&dpdMax=60");
    expect(queueHref({}, {})).toBe("/queue");
  });
});

describe("bucketAccountsHref", () => {
  it("names the month, the bucket, the next bucket and the segment", () => {
    expect(bucketAccountsHref({ region: "TW" }, { month: "2005-08", bucket: "M1", next: "M2" })).toBe("/portfolio/accounts?month=2005-08&bucket=M1&next=M2&region=TW");
    expect(bucketAccountsHref({ product: "CREDIT_LINE" }, { month: "2026-01", bucket: "M4_PLUS" })).toBe("/portfolio/accounts?month=2026-01&bucket=M4_PLUS&product=CREDIT_LINE");
    expect(bucketAccountsHref({}, { month: "2026-02", bucket: "OVERDUE" })).toBe("/portfolio/accounts?month=2026-02&bucket=OVERDUE");
  });
});

describe("bandAccountsHref", () => {
  it("names the month, the band by index and the segment", () => {
    expect(bandAccountsHref({ product: "CASH_LOAN", region: "CN-SH" }, { month: "2026-11", band: 10 })).toBe("/portfolio/accounts?month=2026-11&band=10&product=CASH_LOAN&region=CN-SH");
    expect(bandAccountsHref({}, { month: "2005-09", band: 0 })).toBe("/portfolio/accounts?month=2005-09&band=0");
  });
});

describe("chartCsvHref and portfolioHref", () => {
  it("carry the filters and the extra view options, empty ones left out", () => {
    expect(chartCsvHref("roll-rates", { product: "CASH_LOAN", from: "2025-01", to: "2025-12" }, { month: "2025-06" })).toBe(
      "/api/portfolio/roll-rates.csv?product=CASH_LOAN&from=2025-01&to=2025-12&month=2025-06",
    );
    expect(chartCsvHref("balances", {})).toBe("/api/portfolio/balances.csv");
    expect(portfolioHref({ region: "CN-BJ" }, { view: "share", month: undefined })).toBe("/portfolio?region=CN-BJ&view=share");
  });
});
