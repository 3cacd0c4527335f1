import { ReviewPack } from '../../review-pack';
import { day, heading, note, table } from '../layout';

export function governanceSection(doc: PDFKit.PDFDocument, { governanceReviews }: ReviewPack): void {
  heading(doc, 'Governance review action items');
  const rows = governanceReviews.flatMap((review) =>
    (review.actionItems.length ? review.actionItems : ['(no action item recorded)']).map((item) => [
      day(review.heldAt),
      item,
      review.summary,
    ]),
  );
  if (rows.length === 0) return note(doc, 'No governance review held in this period.');
  table(
    doc,
    [
      { title: 'Held', width: 0.15 },
      { title: 'Action item', width: 0.45 },
      { title: 'Review summary', width: 0.4 },
    ],
    rows,
  );
}
