import type { PeriodView } from '@vendorwatch/slas';
import { ReviewPack, SlaSection } from '../../review-pack';
import { Bar, barChart } from '../bar-chart';
import { COLORS, heading, note, paragraph, percent, subheading } from '../layout';

const OUTCOME_COLORS = { met: COLORS.met, breached: COLORS.breached, insufficient_data: COLORS.neutral } as const;

const LEGEND = [
  { label: 'met', color: COLORS.met },
  { label: 'breached', color: COLORS.breached },
  { label: 'too few records to judge', color: COLORS.neutral },
  { label: 'provisional (period still running)', color: COLORS.muted, hollow: true },
];

function barOf(period: PeriodView): Bar {
  return {
    label: period.periodStart.slice(5, 10),
    value: period.value,
    color: period.provisional ? COLORS.muted : OUTCOME_COLORS[period.outcome],
    hollow: period.provisional,
  };
}

function slaBlock(doc: PDFKit.PDFDocument, sla: SlaSection): void {
  subheading(doc, sla.name);
  paragraph(
    doc,
    `${sla.metric.replace(/_/g, ' ')}: ${sla.periodsMet} of ${sla.periodsEvaluated} judged periods met, ` +
      `${sla.periodsBreached} breached; attainment ${percent(sla.attainmentRate)}.`,
  );
  if (sla.periods.length === 0) return note(doc, 'No period measured in this range.');
  doc.moveDown(0.3);
  barChart(doc, sla.periods.map(barOf), { top: 100, unit: '', legend: LEGEND });
}

/** One chart per SLA: each period's figure in the range, oldest first, on a zero-based axis. */
export function slaComplianceSection(doc: PDFKit.PDFDocument, pack: ReviewPack): void {
  heading(doc, 'SLA compliance');
  if (pack.slas.length === 0) return note(doc, 'The contract has no SLA.');
  for (const sla of pack.slas) slaBlock(doc, sla);
}
