import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { TextFlow, wrapText } from "./pdf-text-flow";

describe("wrapText", async () => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Courier);
  // Courier: every character is 0.6 em wide, so at size 10 a width of 60 holds exactly 10 characters.
  const wrap = (text: string) => wrapText(text, font, 10, 60);

  it("breaks at the last space that fits", () => {
    expect(wrap("the quick brown fox jumps")).toEqual(["the quick", "brown fox", "jumps"]);
  });

  it("breaks a word longer than the line anywhere, and keeps given line breaks", () => {
    expect(wrap("abcdefghijklmnop")).toEqual(["abcdefghij", "klmnop"]);
    expect(wrap("one\ntwo")).toEqual(["one", "two"]);
    expect(wrap("")).toEqual([""]);
  });
});

describe("TextFlow", () => {
  it("starts a new page when the current one is full and numbers them", async () => {
    const doc = await PDFDocument.create();
    const flow = new TextFlow(doc, await doc.embedFont(StandardFonts.Helvetica));
    for (let i = 0; i < 80; i++) flow.text(`line ${i}`);
    flow.numberPages((page, pages) => `${page}/${pages}`);
    expect(doc.getPageCount()).toBe(2);
  });
});
