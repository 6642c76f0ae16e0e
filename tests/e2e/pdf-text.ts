import { test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** The text of a PDF, kept beside the test's results, read with poppler's pdftotext. */
export function pdfText(pdf: Buffer, name: string): string {
  const file = test.info().outputPath(name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
