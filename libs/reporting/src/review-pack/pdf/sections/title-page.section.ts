import { ReviewPack } from '../../review-pack';
import { COLORS, contentWidth, day, MARGIN } from '../layout';

export function titlePage(doc: PDFKit.PDFDocument, pack: ReviewPack): void {
  const { contract } = pack;
  const width = contentWidth(doc);
  doc.y = 180;
  doc.font('Helvetica').fontSize(12).fillColor(COLORS.muted).text('Contract review pack', MARGIN, undefined, { width });
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(26).fillColor(COLORS.text).text(contract.title, { width });
  doc
    .moveDown(0.3)
    .font('Helvetica')
    .fontSize(16)
    .text(pack.vendorName || 'Vendor not yet known', { width });
  doc.moveDown(2).fontSize(11);
  const lines = [
    `Period: ${pack.from} to ${pack.to}`,
    `Contract status: ${contract.status}; term ${contract.startDate} to ${contract.endDate}; live since ${day(contract.liveAt)}`,
    `Checklist grade ${pack.checklist.grade} (risk score ${pack.checklist.riskScore})`,
    `Generated at ${pack.generatedAt}`,
  ];
  for (const line of lines) doc.text(line, { width }).moveDown(0.3);
  doc.moveDown(1).fontSize(9).fillColor(COLORS.muted);
  doc.text(`Contract ${contract.id} · vendor ${contract.vendorId}`, { width });
}
