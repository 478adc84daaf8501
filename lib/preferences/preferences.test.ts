import { describe, expect, it } from "vitest";
import { parseTheme, preferencesInput } from "./preferences";

describe("display preferences", () => {
  it("accepts known languages, themes and IANA zones", () => {
    expect(preferencesInput.parse({ locale: "zh-CN", theme: "dark", timeZone: "Asia/Shanghai" })).toEqual({
      locale: "zh-CN",
      theme: "dark",
      timeZone: "Asia/Shanghai",
    });
    expect(preferencesInput.parse({})).toEqual({});
  });

  it("refuses anything else, including unknown fields", () => {
    expect(preferencesInput.safeParse({ locale: "fr" }).success).toBe(false);
    expect(preferencesInput.safeParse({ theme: "solarized" }).success).toBe(false);
    expect(preferencesInput.safeParse({ timeZone: "Nowhere/Land" }).success).toBe(false);
    expect(preferencesInput.safeParse({ role: "ADMIN" }).success).toBe(false);
  });

  it("reads a missing or odd theme cookie as light", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme(undefined)).toBe("light");
    expect(parseTheme("DARK")).toBe("light");
  });
});
