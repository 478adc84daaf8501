import { describe, expect, it } from "vitest";
import { monthsBetween, shiftMonth, withDefaultPeriod } from "./period";

describe("shiftMonth", () => {
  it("moves across year ends both ways", () => {
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
    expect(shiftMonth("2026-01", -11)).toBe("2025-02");
    expect(shiftMonth("2005-09", 0)).toBe("2005-09");
  });
});

describe("withDefaultPeriod", () => {
  it("fills the last 12 months of data when the URL has no period", () => {
    expect(withDefaultPeriod({ product: "CASH_LOAN" }, "2026-10")).toEqual({ product: "CASH_LOAN", from: "2025-11", to: "2026-10" });
  });

  it("keeps what the URL says and fills only the open side", () => {
    expect(withDefaultPeriod({ from: "2026-03" }, "2026-10")).toEqual({ from: "2026-03", to: "2026-10" });
    expect(withDefaultPeriod({ to: "2026-05" }, "2026-10")).toEqual({ from: "2025-06", to: "2026-05" });
    expect(withDefaultPeriod({ from: "2027-02" }, "2026-10")).toEqual({ from: "2027-02", to: "2027-02" });
  });

  it("leaves the filters alone without data", () => {
    expect(withDefaultPeriod({ region: "TW" }, null)).toEqual({ region: "TW" });
  });
});

describe("monthsBetween", () => {
  it("lists the months inclusive", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2026-02", "2026-01")).toEqual([]);
  });
});
