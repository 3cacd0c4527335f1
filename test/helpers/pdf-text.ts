import { spawn } from 'node:child_process';

/** Reads stdin as a PDF and prints its text with pdf-parse. */
const PARSER = `
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const { PDFParse } = require('pdf-parse');
  const { text } = await new PDFParse({ data: Buffer.concat(chunks) }).getText();
  process.stdout.write(text);
});`;

/**
 * The text of a PDF, as pdf-parse extracts it, with whitespace folded (table cells wrap). pdf-parse loads pdf.js's
 * worker with a dynamic import, which Jest's module sandbox refuses, so it runs in a plain node process.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const child = spawn(process.execPath, ['-e', PARSER], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('close', resolve));
  child.stdin.end(pdf);
  const code = await exit;
  if (code !== 0) throw new Error(`pdf-parse exited with ${code}: ${errors.slice(-2000)}`);
  return out.replace(/\s+/g, ' ');
}
