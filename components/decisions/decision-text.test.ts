import { describe, expect, it } from "vitest";
import { createFormatters } from "@/lib/i18n/format";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { createTranslator } from "@/lib/i18n/translate";
import { ageText, approvalEffectKey, decisionSummary, scheduledText } from "./decision-text";

const english = { t: createTranslator(en), format: createFormatters("en", "UTC") };
const chinese = { t: createTranslator(zhCN), format: createFormatters("zh-CN", "UTC") };

describe("decisionSummary", () => {
  it("says what is decided with its parameters", () => {
    expect(decisionSummary(english, { kind: "CLOSE", params: { closureCategory: "ILLEGAL_USE" } }, "CNY")).toBe("close the account (Illegal use or cash-out)");
    expect(decisionSummary(english, { kind: "REDUCE_LIMIT", params: { newLimit: "5000.00" } }, "CNY")).toBe("reduce the limit to CN¥5,000.00");
    expect(decisionSummary(english, { kind: "FREEZE", params: { freezeUntil: "2026-12-31" } }, "CNY")).toBe("freeze the account until Dec 31, 2026");
    expect(decisionSummary(english, { kind: "WARN", params: {} }, "CNY")).toBe("warn the customer");
    expect(decisionSummary(english, { kind: "REVERSE", params: {}, reverses: { id: 8, kind: "CLOSE" } }, "CNY")).toBe("reverse decision 8 (Close the account)");
    expect(decisionSummary(english, { kind: "REVERSE", params: { reinstateLimit: "3000" }, reverses: { id: 8, kind: "REDUCE_LIMIT" } }, "CNY")).toBe(
      "reverse decision 8 (Reduce the limit), reinstating a limit of CN¥3,000.00",
    );
  });

  it("speaks Chinese, and shows a missing parameter as ?", () => {
    expect(decisionSummary(chinese, { kind: "REDUCE_LIMIT", params: { newLimit: "5000.00" } }, "CNY")).toBe("将额度降至 ¥5,000.00");
    expect(decisionSummary(english, { kind: "CLOSE", params: {} }, "CNY")).toBe("close the account (?)");
  });
});

describe("approvalEffectKey", () => {
  it("tells notice-period decisions from immediate ones", () => {
    expect(approvalEffectKey({ kind: "CLOSE", params: { closureCategory: "SEVERE_OVERDUE" } })).toBe("decisions.ui.effect.scheduled");
    expect(approvalEffectKey({ kind: "CLOSE", params: { closureCategory: "OTHER" } })).toBe("decisions.ui.effect.scheduled");
    expect(approvalEffectKey({ kind: "REDUCE_LIMIT", params: { newLimit: "1.00" } })).toBe("decisions.ui.effect.scheduled");
    expect(approvalEffectKey({ kind: "CLOSE", params: { closureCategory: "ILLEGAL_USE" } })).toBe("decisions.ui.effect.now");
    expect(approvalEffectKey({ kind: "FREEZE", params: {} })).toBe("decisions.ui.effect.now");
    expect(approvalEffectKey({ kind: "REVERSE", params: {} })).toBe("decisions.ui.effect.now");
    expect(approvalEffectKey({ kind: "WARN", params: {} })).toBe("decisions.ui.effect.now");
  });
});

describe("ageText", () => {
  const since = "2026-05-01T00:00:00.000Z";
  const at = (minutes: number) => Date.parse(since) + minutes * 60_000;
  it("uses the largest whole unit", () => {
    expect(ageText(english.t, since, at(0))).toBe("0 min");
    expect(ageText(english.t, since, at(59))).toBe("59 min");
    expect(ageText(english.t, since, at(60))).toBe("1 h");
    expect(ageText(english.t, since, at(24 * 60 - 1))).toBe("23 h");
    expect(ageText(english.t, since, at(3 * 24 * 60 + 5))).toBe("3 days");
    expect(ageText(chinese.t, since, at(3 * 24 * 60))).toBe("3 天");
    expect(ageText(english.t, since, at(-5))).toBe("0 min");
  });
});

describe("scheduledText", () => {
  const scheduled = { status: "SCHEDULED", effectiveAt: "2026-05-17T09:30:00.000Z" };
  it("says when a scheduled closure or reduction takes effect", () => {
    expect(scheduledText(english, { ...scheduled, kind: "CLOSE", params: { closureCategory: "SEVERE_OVERDUE" } }, "CNY")).toBe("Closure scheduled for May 17, 2026, 9:30 AM");
    expect(scheduledText(english, { ...scheduled, kind: "REDUCE_LIMIT", params: { newLimit: "2000.00" } }, "CNY")).toBe(
      "Limit reduction to CN¥2,000.00 scheduled for May 17, 2026, 9:30 AM",
    );
    expect(scheduledText(chinese, { ...scheduled, kind: "CLOSE", params: {} }, "CNY")).toMatch(/^计划于 2026年5月17日 09:30 关闭$/);
  });

  it("is null for decisions that are not scheduled", () => {
    expect(scheduledText(english, { status: "EFFECTIVE", effectiveAt: scheduled.effectiveAt, kind: "CLOSE", params: {} }, "CNY")).toBeNull();
    expect(scheduledText(english, { status: "SCHEDULED", effectiveAt: null, kind: "CLOSE", params: {} }, "CNY")).toBeNull();
  });
});
