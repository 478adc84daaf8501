import { describe, expect, it } from "vitest";
import { maskName, maskPhone } from "./masking";

describe("maskName", () => {
  it.each([
    ["王小明", "王*明"],
    ["李娜", "李*"],
    ["欧阳小明", "欧**明"],
    ["司马相如雨", "司***雨"],
    ["王", "王"],
    ["", ""],
  ])("masks the Chinese name %s as %s", (name, masked) => expect(maskName(name)).toBe(masked));

  it("keeps a romanised name's surname and the given name's initial, whatever its length", () => {
    expect(maskName("Wang Xiaoming")).toBe("Wang X***");
    expect(maskName("Li Na")).toBe("Li N***");
    expect(maskName("  Ouyang   Xiao Ming ")).toBe("Ouyang X***");
  });

  it("counts characters outside the basic plane as one", () => {
    expect(maskName("𠀀小𠀁")).toBe("𠀀*𠀁");
  });
});

describe("maskPhone", () => {
  it("shows only the last four digits", () => {
    expect(maskPhone("13800001234")).toBe("******1234");
    expect(maskPhone("+8613912345678")).toBe("******5678");
  });
});
