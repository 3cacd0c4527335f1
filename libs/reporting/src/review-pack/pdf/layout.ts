/** The few drawing rules every section shares: page geometry, type sizes, colours, tables that break across pages. */
export const MARGIN = 50;
export const COLORS = {
  text: '#1f2933',
  muted: '#616e7c',
  rule: '#cbd2d9',
  met: '#2f855a',
  breached: '#c53030',
  neutral: '#9aa5b1',
  capped: '#b7791f',
  credit: '#2b6cb0',
} as const;

export const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - 2 * MARGIN;

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

export function heading(doc: PDFKit.PDFDocument, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(15).fillColor(COLORS.text).text(text, MARGIN);
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
}

export function subheading(doc: PDFKit.PDFDocument, text: string): void {
  ensureSpace(doc, 40);
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11).fillColor(COLORS.text).text(text, MARGIN);
  doc.font('Helvetica').fontSize(10);
}

export function paragraph(doc: PDFKit.PDFDocument, text: string, color: string = COLORS.text): void {
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(color)
    .text(text, MARGIN, undefined, { width: contentWidth(doc) });
}

export function note(doc: PDFKit.PDFDocument, text: string): void {
  paragraph(doc, text, COLORS.muted);
}

/**
 * A table of text cells with a bold header row; column widths are fractions of the content width. A row that
 * does not fit starts a new page, where the header is repeated.
 */
export function table(doc: PDFKit.PDFDocument, columns: { title: string; width: number }[], rows: string[][]): void {
  const width = contentWidth(doc);
  const widths = columns.map((c) => c.width * width);
  const rowHeight = (cells: string[]) =>
    Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] - 6 }))) + 6;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const height = rowHeight(cells);
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      if (!bold)
        drawRow(
          columns.map((c) => c.title),
          true,
        );
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    }
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.fillColor(COLORS.text).text(cell, x + 3, top + 3, { width: widths[i] - 6 });
      x += widths[i];
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(
    columns.map((c) => c.title),
    true,
  );
  rows.forEach((cells) => drawRow(cells, false));
  doc.font('Helvetica').fontSize(10).moveDown(0.5);
}

export const percent = (fraction: number | null) =>
  fraction === null ? 'no data' : `${(fraction * 100).toFixed(1)} %`;
export const money = (amount: number, currency: string) =>
  `${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
export const day = (instant: string | null | undefined) => (instant ? instant.slice(0, 10) : '—');
