import { ReviewPack } from '../../review-pack';
import { day, heading, note, table } from '../layout';

export function escalationsSection(doc: PDFKit.PDFDocument, { escalations }: ReviewPack): void {
  heading(doc, 'Escalations');
  if (escalations.length === 0) return note(doc, 'No escalation opened in this period, and none open.');
  table(
    doc,
    [
      { title: 'Status', width: 0.14 },
      { title: 'Opened', width: 0.12 },
      { title: 'Rule / severity', width: 0.2 },
      { title: 'Cause', width: 0.38 },
      { title: 'Resolution', width: 0.16 },
    ],
    escalations.map((e) => [
      e.overdue && e.status !== 'resolved' ? `${e.status}, overdue` : e.status,
      day(e.openedAt),
      `${e.ruleName} (${e.severity}, level ${e.level})`,
      e.cause.description,
      e.resolution ?? '—',
    ]),
  );
}
