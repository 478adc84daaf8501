import { describe, expect, it } from "vitest";
import { maskNationalId } from "./mask-national-id";

describe("maskNationalId", () => {
  it("keeps the last four characters behind a fixed mask", () => {
    expect(maskNationalId("11010519491231002X")).toBe("**************002X");
    expect(maskNationalId(" 123456 ")).toBe("**************3456");
  });

  it("shows no more than it has", () => {
    expect(maskNationalId("12")).toBe("**************12");
  });
});
