import { describe, expect, it } from "vitest";
import { en } from "./messages/en";
import { zhCN } from "./messages/zh-CN";
import { CATALOGUES, createTranslator } from "./translate";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  it("Simplified Chinese has exactly the English keys", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it("every translation is non-empty and uses the same placeholders as English", () => {
    for (const [key, english] of Object.entries(en)) {
      const chinese = zhCN[key as keyof typeof en];
      expect(chinese.trim(), key).not.toBe("");
      expect(placeholders(chinese), key).toEqual(placeholders(english));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const t = createTranslator(CATALOGUES.en);
    expect(t("users.disableLabel", { name: "Li Wei" })).toBe("Disable Li Wei");
    expect(t("users.disableLabel")).toBe("Disable {name}");
    expect(createTranslator(CATALOGUES["zh-CN"])("users.enabledDone", { name: "王芳" })).toBe("已启用 王芳。");
  });
});
