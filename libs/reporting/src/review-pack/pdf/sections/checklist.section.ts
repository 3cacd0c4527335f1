import { ReviewPack } from '../../review-pack';
import { heading, paragraph, table } from '../layout';

const STATUS = { pass: 'Pass', warn: 'Warning', fail: 'Fail' } as const;

/** SPEC §8's twelve items with the facts that decided each and what to do. */
export function checklistSection(doc: PDFKit.PDFDocument, { checklist }: ReviewPack): void {
  heading(doc, 'Outsourcing-mistakes checklist');
  paragraph(
    doc,
    `Grade ${checklist.grade}, risk score ${checklist.riskScore} (2 per fail, 1 per warning), evaluated ${checklist.evaluatedAt}.`,
  );
  doc.moveDown(0.5);
  table(
    doc,
    [
      { title: 'Item', width: 0.22 },
      { title: 'Status', width: 0.1 },
      { title: 'Evidence', width: 0.38 },
      { title: 'Recommendation', width: 0.3 },
    ],
    checklist.items.map((item) => [
      item.title,
      STATUS[item.status],
      item.evidence.join('\n'),
      item.recommendation || '—',
    ]),
  );
}
