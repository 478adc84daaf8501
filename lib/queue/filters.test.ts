import { describe, expect, it } from "vitest";
import { hasFilters, parseQueueView, serializeQueueView, withFilterValues, withOrder } from "./filters";

describe("the queue view in the URL", () => {
  it("is the default view when the URL has no parameters", () => {
    expect(parseQueueView(new URLSearchParams())).toEqual({ filters: {}, sort: "priority", dir: "asc", after: undefined, before: undefined });
  });

  it("reads every filter, the order and the page position", () => {
    const view = parseQueueView(
      new URLSearchParams(
        "rule=CASH_OUT&severity=CRITICAL&status=IN_REVIEW&assignee=me&sla=breached&product=CASH_LOAN&region=CN-BJ" +
          "&dpdMin=30&dpdMax=90&balanceMin=100.5&balanceMax=20000&q=%E7%8E%8B&sort=dpd&dir=asc&after=abc",
      ),
    );
    expect(view).toEqual({
      filters: {
        rule: "CASH_OUT",
        severity: "CRITICAL",
        status: "IN_REVIEW",
        assignee: "me",
        sla: "breached",
        product: "CASH_LOAN",
        region: "CN-BJ",
        dpdMin: 30,
        dpdMax: 90,
        balanceMin: "100.5",
        balanceMax: "20000",
        q: "王",
      },
      sort: "dpd",
      dir: "asc",
      after: "abc",
      before: undefined,
    });
  });

  it("drops bad values one by one and keeps the rest", () => {
    const view = parseQueueView({
      rule: "NOT_A_RULE",
      severity: "HIGH",
      status: "CLOSED",
      dpdMin: "-3",
      dpdMax: "1.5",
      balanceMin: "1e3",
      region: "'; drop table",
      sort: "random",
      dir: "sideways",
    });
    expect(view.filters).toEqual({ severity: "HIGH" });
    expect(view.sort).toBe("priority");
    expect(view.dir).toBe("asc");
  });

  it("takes the first of repeated parameters and ignores blank ones", () => {
    expect(parseQueueView({ severity: ["LOW", "HIGH"], rule: "" }).filters).toEqual({ severity: "LOW" });
  });

  it("uses an order's own default direction", () => {
    expect(parseQueueView(new URLSearchParams("sort=outstanding")).dir).toBe("desc");
    expect(parseQueueView(new URLSearchParams("sort=due")).dir).toBe("asc");
  });

  it("keeps only one page position, after winning over before", () => {
    expect(parseQueueView(new URLSearchParams("after=a&before=b"))).toMatchObject({ after: "a", before: undefined });
    expect(parseQueueView(new URLSearchParams("before=b"))).toMatchObject({ after: undefined, before: "b" });
  });

  it("serialises canonically, leaving defaults out, and round-trips", () => {
    const url = "severity=HIGH&q=1234&sort=outstanding&dir=asc&before=xyz";
    expect(serializeQueueView(parseQueueView(new URLSearchParams("before=xyz&dir=asc&q=1234&sort=outstanding&severity=HIGH")))).toBe(url);
    expect(serializeQueueView(parseQueueView(new URLSearchParams("sort=priority&dir=asc")))).toBe("");
    expect(serializeQueueView(parseQueueView(new URLSearchParams("sort=dpd&dir=desc")))).toBe("sort=dpd");
  });

  it("goes back to the first page when a filter or the order changes", () => {
    const view = parseQueueView(new URLSearchParams("severity=HIGH&after=abc"));
    expect(serializeQueueView(withFilterValues(view, { rule: "CASH_OUT" }))).toBe("rule=CASH_OUT&severity=HIGH");
    expect(serializeQueueView(withFilterValues(view, { severity: "" }))).toBe("");
    expect(serializeQueueView(withFilterValues(view, { q: " 王*明 ", dpdMin: "-1" }))).toBe("severity=HIGH&q=%E7%8E%8B*%E6%98%8E");
    expect(serializeQueueView(withOrder(view, "due", "desc"))).toBe("severity=HIGH&sort=due&dir=desc");
  });

  it("knows whether any filter is set", () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ q: "王" })).toBe(true);
  });
});
