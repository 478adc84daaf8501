import { describe, expect, it } from "vitest";
import type { Language } from "@/lib/generated/prisma/enums";
import { renderNotice } from "./notices";
import type { NoticeTemplate } from "./state-machine";

const TEMPLATES: NoticeTemplate[] = ["WARNING", "CLOSURE_SCHEDULED", "LIMIT_REDUCTION_SCHEDULED", "CLOSED", "FROZEN", "UNFROZEN", "CANCELLED", "APPEAL_REJECTED", "REINSTATED"];
const ACCOUNT = { id: 4321, currency: "CNY" };
const VALUES = { date: "2026-10-08", limit: "12500.5", reason: "The overdue amount was confirmed by the bank." };

describe("renderNotice", () => {
  for (const template of TEMPLATES) {
    for (const language of ["EN", "ZH"] as Language[]) {
      it(`renders ${template} in ${language} with every placeholder filled`, () => {
        const body = renderNotice(template, language, ACCOUNT, VALUES);
        expect(body).toContain("4321");
        expect(body).not.toMatch(/\{\w+\}/);
        if (language === "ZH") expect(body).toMatch(/[\u4e00-\u9fff]/);
      });
    }
  }

  it("states the date and the new limit with its currency", () => {
    expect(renderNotice("CLOSURE_SCHEDULED", "EN", ACCOUNT, VALUES)).toContain("will be closed on 2026-10-08");
    expect(renderNotice("LIMIT_REDUCTION_SCHEDULED", "EN", ACCOUNT, VALUES)).toContain("reduced to 12,500.50 CNY on 2026-10-08");
    expect(renderNotice("LIMIT_REDUCTION_SCHEDULED", "ZH", ACCOUNT, VALUES)).toContain("2026-10-08 降至 12,500.50 CNY");
  });

  it("says new purchases stop when a reduction goes below the balance", () => {
    expect(renderNotice("LIMIT_REDUCTION_SCHEDULED", "EN", ACCOUNT, { ...VALUES, purchasesStop: true })).toContain("new purchases stop");
    expect(renderNotice("LIMIT_REDUCTION_SCHEDULED", "EN", ACCOUNT, VALUES)).not.toContain("new purchases stop");
    expect(renderNotice("LIMIT_REDUCTION_SCHEDULED", "ZH", ACCOUNT, { ...VALUES, purchasesStop: true })).toContain("暂停新的消费");
  });

  it("carries the reason of a rejected appeal, and a reinstated limit only when there is one", () => {
    expect(renderNotice("APPEAL_REJECTED", "ZH", ACCOUNT, VALUES)).toContain(VALUES.reason);
    expect(renderNotice("REINSTATED", "EN", ACCOUNT, VALUES)).toContain("Your credit limit is now 12,500.50 CNY.");
    expect(renderNotice("REINSTATED", "EN", ACCOUNT, { date: "2026-10-08" })).not.toContain("credit limit");
  });
});
