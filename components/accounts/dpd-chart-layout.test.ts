import { describe, expect, it } from "vitest";
import { chartLayout, PLOT } from "./dpd-chart-layout";

const point = (cycleDate: string, dpd: number, balance: string) => ({ cycleDate, dpd, balance });

describe("chartLayout", () => {
  it("scales bars to the largest balance or the outstanding now, whichever is higher", () => {
    const layout = chartLayout([point("2026-01-31", 0, "500.00"), point("2026-02-28", 0, "1000.00")], "2000.00");
    expect(layout.balanceMax).toBe(2000);
    expect(layout.bars[1].height).toBeCloseTo((PLOT.bottom - PLOT.top) / 2);
    expect(layout.bars[0].height).toBeCloseTo((PLOT.bottom - PLOT.top) / 4);
  });

  it("keeps at least 90 DPD on the right scale and rounds up to whole months", () => {
    expect(chartLayout([point("2026-01-31", 12, "1.00")], "0.00").dpdMax).toBe(90);
    expect(chartLayout([point("2026-01-31", 95, "1.00")], "0.00").dpdMax).toBe(120);
  });

  it("draws the DPD line through the band centres, oldest first", () => {
    const layout = chartLayout([point("2026-01-31", 0, "1.00"), point("2026-02-28", 45, "1.00")], "0.00");
    expect(layout.bars[0].dpdY).toBe(PLOT.bottom);
    expect(layout.bars[1].dpdY).toBeCloseTo(PLOT.bottom - (PLOT.bottom - PLOT.top) / 2);
    expect(layout.dpdPath).toMatch(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/);
  });

  it("labels every other month when there are more than 12, always the newest", () => {
    const points = Array.from({ length: 24 }, (_, i) => point(`2024-01-${String(i + 1).padStart(2, "0")}`, 0, "0.00"));
    const labelled = chartLayout(points, "0.00").bars.filter((bar) => bar.labelled);
    expect(labelled).toHaveLength(12);
    expect(labelled[labelled.length - 1].point.cycleDate).toBe("2024-01-24");
  });

  it("copes with no statements and negative balances", () => {
    expect(chartLayout([], "0.00").bars).toEqual([]);
    expect(chartLayout([point("2026-01-31", 0, "-5.00")], "0.00").bars[0].height).toBe(0);
  });
});
