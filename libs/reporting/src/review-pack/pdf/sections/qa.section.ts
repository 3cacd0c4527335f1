import { ReviewPack } from '../../review-pack';
import { heading, note, paragraph, percent, table } from '../layout';

/** Reviews of fewer than this many calls say little about an agent: the table says so. */
const SMALL_SAMPLE = 5;

export function qaSection(doc: PDFKit.PDFDocument, { qa }: ReviewPack): void {
  heading(doc, 'Quality assurance');
  if (qa.reviews === 0) return note(doc, 'No QA review of an interaction in this period: insufficient data.');
  paragraph(
    doc,
    `${qa.reviews} reviews, average score ${qa.averageScore ?? 'insufficient data'}; auto-failed ${percent(qa.autoFailRate)}, ` +
      `disputed ${percent(qa.disputeRate)}, overturned ${percent(qa.overturnRate)} of disputes, acknowledged ${percent(qa.acknowledgedRate)}.`,
  );
  if (qa.calibration.groups > 0)
    paragraph(
      doc,
      `Calibration: ${qa.calibration.groups} groups, mean spread ${qa.calibration.meanSpread ?? '—'} points, widest ${qa.calibration.maxSpread ?? '—'}.`,
    );
  doc.moveDown(0.5);
  table(
    doc,
    [
      { title: 'Agent', width: 0.35 },
      { title: 'Reviews', width: 0.15 },
      { title: 'Average score', width: 0.3 },
      { title: 'Auto-fails', width: 0.2 },
    ],
    qa.byAgent.map((a) => [
      a.agentRef,
      String(a.reviews),
      a.reviews < SMALL_SAMPLE ? `${a.averageScore} (only ${a.reviews}, too few to judge)` : String(a.averageScore),
      String(a.autoFails),
    ]),
  );
}
