import { describe, expect, it } from "vitest";
import { negotiateLocale, resolveLocale } from "./config";

describe("language negotiation", () => {
  it("takes the highest-ranked language we speak", () => {
    expect(negotiateLocale("fr-FR,fr;q=0.9,zh-CN;q=0.8,en;q=0.7")).toBe("zh-CN");
    expect(negotiateLocale("en-GB,en;q=0.9,zh;q=0.8")).toBe("en");
    expect(negotiateLocale("en;q=0.5, zh-TW;q=0.9")).toBe("zh-CN");
  });

  it("ignores languages refused with q=0 and returns null when nothing matches", () => {
    expect(negotiateLocale("zh;q=0, de")).toBeNull();
    expect(negotiateLocale("")).toBeNull();
    expect(negotiateLocale(null)).toBeNull();
  });

  it("prefers the cookie, then the header, then English", () => {
    expect(resolveLocale("zh-CN", "en")).toBe("zh-CN");
    expect(resolveLocale("klingon", "zh-CN")).toBe("zh-CN");
    expect(resolveLocale(undefined, "de-DE")).toBe("en");
  });
});
