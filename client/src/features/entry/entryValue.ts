/**
 * Values as a department head types them: percentages in percent (85 or 85%, stored as 0.85),
 * thousands separators and dollar signs allowed, and a column pasted from a spreadsheet.
 */
import type { DisplayFormat } from '@civicstat/shared';

export type ParsedEntry =
  { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/** What the input shows for a stored value. */
export function toInputText(
  value: number | null | undefined,
  displayFormat: DisplayFormat,
): string {
  if (value === null || value === undefined) return '';
  const shown = displayFormat === 'percent' ? value * 100 : value;
  // Enough digits to round-trip what people type, without binary noise (0.1 + 0.2).
  return String(Number(shown.toPrecision(12)));
}

export function parseEntry(text: string, displayFormat: DisplayFormat): ParsedEntry {
  const cleaned = text
    .trim()
    .replace(/[,\s$]/g, '')
    .replace(/%$/, '');
  if (cleaned === '') return { kind: 'empty' };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return { kind: 'invalid' };
  const number = Number(cleaned);
  if (!Number.isFinite(number)) return { kind: 'invalid' };
  return {
    kind: 'number',
    value: displayFormat === 'percent' ? Number((number / 100).toPrecision(12)) : number,
  };
}

/** The cells of a pasted column (the first cell of each line, from Excel, Sheets or a text file). */
export function pastedColumn(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => (line.split('\t')[0] ?? '').trim());
}

/** A hint of what to type, e.g. "in percent, such as 85". */
export function entryHint(displayFormat: DisplayFormat): string {
  switch (displayFormat) {
    case 'percent':
      return 'in percent, such as 85.5';
    case 'currency':
      return 'in dollars, such as 1,250,000';
    default:
      return 'a number, such as 1,234.5';
  }
}
