import { ReviewPack } from '../../review-pack';
import { day, heading, note, subheading, table } from '../layout';

/** SLA period and QA review disputes still waiting for a decision, whatever the period. */
export function disputesSection(doc: PDFKit.PDFDocument, { disputes }: ReviewPack): void {
  heading(doc, 'Open disputes');
  subheading(doc, 'SLA periods');
  if (disputes.sla.length === 0) note(doc, 'None.');
  else
    table(
      doc,
      [
        { title: 'SLA', width: 0.25 },
        { title: 'Period', width: 0.15 },
        { title: 'Figure / proposed', width: 0.2 },
        { title: 'Reason', width: 0.4 },
      ],
      disputes.sla.map(({ slaName, period }) => [
        slaName,
        day(period.periodStart),
        `${period.value} / ${period.dispute?.proposedValue ?? '—'}`,
        period.dispute?.reason ?? '',
      ]),
    );
  subheading(doc, 'QA reviews');
  if (disputes.qa.length === 0) return note(doc, 'None.');
  table(
    doc,
    [
      { title: 'Agent', width: 0.25 },
      { title: 'Score', width: 0.15 },
      { title: 'Disputed', width: 0.15 },
      { title: 'Reason', width: 0.45 },
    ],
    disputes.qa.map((r) => [r.agentRef, String(r.score), day(r.dispute?.disputedAt), r.dispute?.reason ?? '']),
  );
}
