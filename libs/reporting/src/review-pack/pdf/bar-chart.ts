import { COLORS, contentWidth, ensureSpace, MARGIN } from './layout';

export interface Bar {
  label: string;
  value: number;
  color: string;
  /** Drawn as an outline with a dashed border: a figure that is not final. */
  hollow?: boolean;
  /** A short mark above the bar (e.g. "capped"). */
  mark?: string;
}

const HEIGHT = 150;
const AXIS_WIDTH = 40;

/** The smallest of 1, 2, 2.5, 5 × 10^n at or above `value`: a round top for the axis. */
export function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((step) => step * magnitude).find((top) => top >= value)!;
}

/**
 * A bar chart in vector graphics with an axis that always starts at zero (so bars compare by their length) and
 * ends at `top` or the next round value above the largest bar; `legend` explains the colours.
 */
export function barChart(
  doc: PDFKit.PDFDocument,
  bars: Bar[],
  options: { top?: number; unit: string; legend: { label: string; color: string; hollow?: boolean }[] },
): void {
  ensureSpace(doc, HEIGHT + 60);
  const top = Math.max(options.top ?? 0, niceCeil(Math.max(0, ...bars.map((b) => b.value))));
  const originX = MARGIN + AXIS_WIDTH;
  const originY = doc.y + 10 + HEIGHT;
  const width = contentWidth(doc) - AXIS_WIDTH;
  const y = (value: number) => originY - (value / top) * HEIGHT;

  doc.font('Helvetica').fontSize(7).lineWidth(0.5);
  for (const tick of [0, 0.25, 0.5, 0.75, 1].map((f) => f * top)) {
    doc
      .strokeColor(COLORS.rule)
      .moveTo(originX, y(tick))
      .lineTo(originX + width, y(tick))
      .stroke();
    const text = `${Number(tick.toFixed(2))}${options.unit}`;
    doc.fillColor(COLORS.muted).text(text, MARGIN, y(tick) - 3, { width: AXIS_WIDTH - 4, align: 'right' });
  }
  const slot = width / Math.max(bars.length, 1);
  const labelEvery = Math.ceil(bars.length / 12);
  bars.forEach((bar, i) => {
    const x = originX + i * slot + slot * 0.15;
    const barWidth = slot * 0.7;
    const barTop = y(bar.value);
    const rect = doc.rect(x, barTop, barWidth, originY - barTop);
    if (bar.hollow) rect.lineWidth(1).dash(2, { space: 2 }).strokeColor(bar.color).stroke().undash();
    else rect.fillColor(bar.color).fill();
    if (bar.mark) doc.fillColor(bar.color).text(bar.mark, x - 4, barTop - 10, { width: barWidth + 8, align: 'center' });
    if (i % labelEvery === 0)
      doc.fillColor(COLORS.muted).text(bar.label, x - 6, originY + 3, { width: barWidth + 12, align: 'center' });
  });
  doc
    .lineWidth(1)
    .strokeColor(COLORS.text)
    .moveTo(originX, originY)
    .lineTo(originX + width, originY)
    .stroke();

  let legendX = originX;
  const legendY = originY + 16;
  for (const entry of options.legend) {
    const swatch = doc.rect(legendX, legendY, 8, 8);
    if (entry.hollow) swatch.lineWidth(1).dash(2, { space: 1 }).strokeColor(entry.color).stroke().undash();
    else swatch.fillColor(entry.color).fill();
    doc.fillColor(COLORS.text).text(entry.label, legendX + 11, legendY, { lineBreak: false });
    legendX += 11 + doc.widthOfString(entry.label) + 14;
  }
  doc.x = MARGIN;
  doc.y = legendY + 16;
  doc.fontSize(10);
}
