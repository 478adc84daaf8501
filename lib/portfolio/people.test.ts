import { describe, expect, it } from "vitest";
import { nationalIdCheckCharacter, generateCustomer } from "./people";
import { Random } from "./random";
import { REGIONS } from "./regions";

const AS_OF = 20_779; // 2026-11-22

describe("generateCustomer", () => {
  it("computes the GB 11643 check character", () => {
    // The standard's own example: 11010519491231002X.
    expect(nationalIdCheckCharacter("11010519491231002")).toBe("X");
    expect(nationalIdCheckCharacter("44030819900101001")).toMatch(/^[0-9X]$/);
  });

  it("makes valid-looking identities consistent with the region and age", () => {
    const random = new Random(5);
    const wrong = Array.from({ length: 2_000 }, (_, i) => {
      const region = REGIONS[i % REGIONS.length];
      const customer = generateCustomer(random, region, AS_OF, 25);
      const { nationalId: id, fullName } = customer;
      const ok =
        /^\d{17}[0-9X]$/.test(id) &&
        id.slice(0, 2) === region.division &&
        id.slice(6, 10) === String(customer.birthYear) &&
        id.slice(17) === nationalIdCheckCharacter(id.slice(0, 17)) &&
        /^1[3-9]\d{9}$/.test(customer.phone) &&
        2026 - customer.birthYear >= 24 &&
        (customer.language === "ZH" ? /^[\u4e00-\u9fff]{2,4}$/ : /^[A-Z][a-z]+ [A-Z][a-z]+$/).test(fullName);
      return ok ? null : customer;
    }).filter((customer) => customer !== null);
    expect(wrong).toEqual([]);
  });

  it("speaks Chinese to most customers and English to some", () => {
    const random = new Random(6);
    const customers = Array.from({ length: 5_000 }, () => generateCustomer(random, REGIONS[0], AS_OF, 18));
    const english = customers.filter((c) => c.language === "EN").length / customers.length;
    expect(english).toBeGreaterThan(0.04);
    expect(english).toBeLessThan(0.15);
  });
});
