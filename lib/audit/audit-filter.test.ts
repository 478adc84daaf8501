import { describe, expect, it } from "vitest";
import { actionMatch, auditFilterParams, escapeLike, parseAuditFilter, parseAuditFilterLenient } from "./audit-filter";
import { auditFilterSql } from "./audit-filter-sql";

describe("parseAuditFilter", () => {
  it("reads every field from the URL, normalising instants to UTC", () => {
    const params = new URLSearchParams(
      "from=2026-11-01T00:00:00%2B08:00&to=2026-11-22T10:00:00Z&actor=Officer@RiskOps.test&role=COMPLIANCE&action=decision.&accountId=12&caseId=3&decisionId=4&q=50%25_off&format=csv",
    );
    expect(parseAuditFilter(params)).toEqual({
      success: true,
      data: {
        from: "2026-10-31T16:00:00.000Z",
        to: "2026-11-22T10:00:00.000Z",
        actor: "Officer@RiskOps.test",
        role: "COMPLIANCE",
        action: "decision.",
        accountId: 12,
        caseId: 3,
        decisionId: 4,
        q: "50%_off",
      },
    });
  });

  it("treats empty values as absent and fails on any malformed one", () => {
    expect(parseAuditFilter(new URLSearchParams("actor=&q="))).toEqual({ success: true, data: {} });
    for (const bad of ["from=2026-11-01", "role=ROOT", "accountId=-1", "accountId=x", "action=a%20b", "q=a%00b", "from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z"]) {
      expect(parseAuditFilter(new URLSearchParams(bad)).success, bad).toBe(false);
    }
  });

  it("leniently drops bad values for pages", () => {
    expect(parseAuditFilterLenient({ role: "ROOT", caseId: "7", actor: ["a@b.test", "c@d.test"] })).toEqual({ caseId: 7, actor: "a@b.test" });
  });

  it("serialises canonically, and round-trips", () => {
    const filter = { q: "x", accountId: 5, from: "2026-11-01T00:00:00.000Z" };
    expect(auditFilterParams(filter).toString()).toBe("from=2026-11-01T00%3A00%3A00.000Z&accountId=5&q=x");
    expect(parseAuditFilter(auditFilterParams(filter))).toEqual({ success: true, data: filter });
  });
});

describe("auditFilterSql", () => {
  it("is true for an empty filter", () => {
    expect(auditFilterSql({}).text).toBe("true");
  });

  it("passes every value as a parameter, lower-cases emails and escapes LIKE wildcards", () => {
    const sql = auditFilterSql({ actor: "Officer@RiskOps.test", action: "decision.*", q: "50%_off\\", accountId: 3 }, "e");
    expect(sql.text).toBe("e.actor_label = $1 AND e.action LIKE $2 AND e.account_id = $3 AND e.note ILIKE $4");
    expect(sql.values).toEqual(["officer@riskops.test", "decision.%", 3, "%50\\%\\_off\\\\%"]);
  });

  it("matches system actors and exact actions as written", () => {
    const sql = auditFilterSql({ actor: "system:rules", action: "case.claim", from: "2026-11-01T00:00:00.000Z", to: "2026-12-01T00:00:00.000Z" });
    expect(sql.text).toBe("occurred_at >= $1::timestamptz AND occurred_at < $2::timestamptz AND actor_label = $3 AND action = $4");
    expect(sql.values).toEqual(["2026-11-01T00:00:00.000Z", "2026-12-01T00:00:00.000Z", "system:rules", "case.claim"]);
  });
});

describe("helpers", () => {
  it("tells action prefixes from exact actions", () => {
    expect(actionMatch("decision.")).toEqual({ prefix: "decision." });
    expect(actionMatch("decision*")).toEqual({ prefix: "decision" });
    expect(actionMatch("decision.approve")).toEqual({ exact: "decision.approve" });
    expect(escapeLike("a%b_c\\")).toBe("a\\%b\\_c\\\\");
  });
});
