// Flowing text down A4 pages with pdf-lib, for the referral report: headings, wrapped paragraphs, a new page when
// the current one is full, and page numbers at the end. Wrapping breaks at spaces where there are some and anywhere
// in Chinese text, which has none.
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const WIDTH = A4[0] - 2 * MARGIN;
const GREY = rgb(0.35, 0.35, 0.35);

export interface TextStyle {
  size?: number;
  grey?: boolean;
  /** Space before, in points. */
  before?: number;
  indent?: number;
}

/** Splits `text` into lines no wider than `width` at `size`: at the last space that fits, else at any character. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const char of Array.from(paragraph)) {
      const next = line + char;
      if (line === "" || font.widthOfTextAtSize(next, size) <= width) {
        line = next;
        continue;
      }
      const space = line.lastIndexOf(" ");
      const breakAt = char !== " " && space > 0 ? space : line.length;
      lines.push(line.slice(0, breakAt).trimEnd());
      line = (line.slice(breakAt) + char).trimStart();
    }
    lines.push(line);
  }
  return lines;
}

export class TextFlow {
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  text(text: string, style: TextStyle = {}) {
    const size = style.size ?? 10;
    const indent = style.indent ?? 0;
    const leading = size * 1.35;
    this.y -= style.before ?? 0;
    for (const line of wrapText(text, this.font, size, WIDTH - indent)) {
      if (this.y - leading < MARGIN) this.newPage();
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font: this.font, color: style.grey ? GREY : undefined });
    }
  }

  heading(text: string) {
    // Keep a heading with at least a few lines of what follows it.
    if (this.y - 60 < MARGIN) this.newPage();
    this.text(text, { size: 12.5, before: 14 });
    this.y -= 3;
  }

  /** "label: value". */
  field(label: string, value: string, indent = 0) {
    this.text(`${label}: ${value}`, { indent });
  }

  /** Writes "page x of n" at the foot of every page; call once, after the last text. */
  numberPages(label: (page: number, pages: number) => string) {
    const pages = this.doc.getPages();
    pages.forEach((page, index) =>
      page.drawText(label(index + 1, pages.length), { x: MARGIN, y: MARGIN / 2, size: 8, font: this.font, color: GREY }),
    );
  }
}
