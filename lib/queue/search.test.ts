import { describe, expect, it } from "vitest";
import { parseSearch } from "./search";

describe("parseSearch", () => {
  it("reads four digits as an account id or a phone suffix", () => {
    expect(parseSearch(" 1234 ")).toEqual({ kind: "accountOrPhone", accountId: 1234, phoneSuffix: "1234" });
    expect(parseSearch("0042")).toEqual({ kind: "accountOrPhone", accountId: 42, phoneSuffix: "0042" });
  });

  it("reads other numbers as account ids, and an impossible id as one that finds nothing", () => {
    expect(parseSearch("98765")).toEqual({ kind: "account", accountId: 98765 });
    expect(parseSearch("7")).toEqual({ kind: "account", accountId: 7 });
    expect(parseSearch("9999999999")).toEqual({ kind: "account", accountId: 0 });
  });

  it("reads a masked phone as shown in the queue", () => {
    expect(parseSearch("******1234")).toEqual({ kind: "phone", phoneSuffix: "1234" });
    expect(parseSearch("＊＊1234")).toEqual({ kind: "phone", phoneSuffix: "1234" });
  });

  it("reads a name as shown, masked, as the whole name, lower-cased", () => {
    expect(parseSearch("王*明")).toEqual({ kind: "maskedName", masked: "王*明" });
    expect(parseSearch("Wang X***")).toEqual({ kind: "maskedName", masked: "wang x***" });
  });

  it("reads other text as the start of a name, lower-cased", () => {
    expect(parseSearch("Wang X")).toEqual({ kind: "name", prefix: "wang x%", masked: "wang x***" });
  });

  it("masks a full name before comparing it, never matching unmasked names", () => {
    expect(parseSearch("王小明")).toEqual({ kind: "name", prefix: "王小明%", masked: "王*明" });
    expect(parseSearch("Wang Xiaoming")).toEqual({ kind: "name", prefix: "wang xiaoming%", masked: "wang x***" });
    expect(parseSearch("王")).toEqual({ kind: "name", prefix: "王%", masked: null });
  });

  it("escapes LIKE's wildcards", () => {
    expect(parseSearch("a_b%c\\")).toMatchObject({ prefix: "a\\_b\\%c\\\\%" });
  });

  it("finds nothing to search in blank text", () => {
    expect(parseSearch("   ")).toBeNull();
  });
});
