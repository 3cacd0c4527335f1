import { ReviewPack } from '../../review-pack';
import { barChart } from '../bar-chart';
import { COLORS, heading, money, paragraph, table } from '../layout';

/** Service credits per calendar month of the range, months without credits at zero, capped months marked. */
export function creditsSection(doc: PDFKit.PDFDocument, { credits }: ReviewPack): void {
  heading(doc, 'Service credits');
  const { currency } = credits.total;
  paragraph(doc, `Total in the period: ${money(credits.total.amount, currency)}.`);
  doc.moveDown(0.3);
  barChart(
    doc,
    credits.byMonth.map((c) => ({
      label: c.month,
      value: c.amount,
      color: c.capped ? COLORS.capped : COLORS.credit,
      mark: c.capped ? 'capped' : undefined,
    })),
    {
      unit: '',
      legend: [
        { label: `credit (${currency})`, color: COLORS.credit },
        { label: 'capped at the contract limit', color: COLORS.capped },
      ],
    },
  );
  table(
    doc,
    [
      { title: 'Month', width: 0.3 },
      { title: 'Credit', width: 0.4 },
      { title: 'Capped', width: 0.3 },
    ],
    credits.byMonth.map((c) => [c.month, money(c.amount, currency), c.capped ? 'yes, at the cap' : 'no']),
  );
}
