import PDFDocument from 'pdfkit';
import { ReviewPack } from '../review-pack';
import { MARGIN } from './layout';
import { checklistSection } from './sections/checklist.section';
import { creditsSection } from './sections/credits.section';
import { disputesSection } from './sections/disputes.section';
import { escalationsSection } from './sections/escalations.section';
import { governanceSection } from './sections/governance.section';
import { qaSection } from './sections/qa.section';
import { slaComplianceSection } from './sections/sla-compliance.section';
import { titlePage } from './sections/title-page.section';

const SECTIONS = [
  checklistSection,
  slaComplianceSection,
  creditsSection,
  qaSection,
  escalationsSection,
  disputesSection,
  governanceSection,
];

/** The review pack as an A4 PDF: a title page, then one section after another. */
export function renderReviewPack(pack: ReviewPack): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `Review pack: ${pack.contract.title}, ${pack.from} to ${pack.to}`,
      Author: 'Vendorwatch',
      CreationDate: new Date(pack.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  titlePage(doc, pack);
  doc.addPage();
  for (const section of SECTIONS) section(doc, pack);
  doc.end();
  return done;
}
