import { describe, expect, it } from "vitest";
import { isCrossOriginWrite } from "./cross-origin";

describe("isCrossOriginWrite", () => {
  const headers = (entries: Record<string, string>) => new Headers({ host: "risk.example:3000", ...entries });

  it("lets same-origin writes and every read through", () => {
    expect(isCrossOriginWrite("POST", headers({ origin: "http://risk.example:3000" }))).toBe(false);
    expect(isCrossOriginWrite("GET", headers({ origin: "https://evil.example" }))).toBe(false);
    expect(isCrossOriginWrite("POST", headers({}))).toBe(false);
  });

  it("refuses a foreign, an opaque or a malformed Origin", () => {
    expect(isCrossOriginWrite("POST", headers({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossOriginWrite("POST", headers({ origin: "null" }))).toBe(true);
    expect(isCrossOriginWrite("DELETE", headers({ origin: "not a url" }))).toBe(true);
    expect(isCrossOriginWrite("POST", headers({ origin: "http://risk.example:3001" }))).toBe(true);
  });

  it("refuses what the browser itself says is cross-site", () => {
    expect(isCrossOriginWrite("POST", headers({ "sec-fetch-site": "cross-site" }))).toBe(true);
  });

  it("compares with the forwarded host behind a reverse proxy", () => {
    const proxied = headers({ origin: "https://risk.bank.example", "x-forwarded-host": "risk.bank.example" });
    expect(isCrossOriginWrite("POST", proxied)).toBe(false);
  });
});
