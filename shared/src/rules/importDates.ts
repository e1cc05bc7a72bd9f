/**
 * Reading the period column of an imported file: the common ways people write a date, a
 * month, a fiscal quarter or a fiscal year, resolved to the first day of the KPI's period.
 * `07/01/2025` is read the US way (month/day/year).
 */
import type { KpiFrequency } from '../schemas/enums';
import { addMonths, fiscalYearRange, formatYearMonth, parseYearMonth } from './fiscal';
import { periodStartProblem } from './measurement';

/** What a written period denotes: its first day and how long it is. */
export interface PeriodSpan {
  start: string;
  unit: 'day' | 'month' | 'quarter' | 'year';
}

const monthIndex: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function validDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function monthSpan(year: number, month: number): PeriodSpan | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return null;
  return { start: `${year}-${pad(month)}-01`, unit: 'month' };
}

function fiscalQuarterSpan(fiscalYear: number, quarter: number, startMonth: number): PeriodSpan {
  const first = parseYearMonth(fiscalYearRange(fiscalYear, startMonth).start);
  return { start: formatYearMonth(addMonths(first, 3 * (quarter - 1))), unit: 'quarter' };
}

type Reader = (match: RegExpExecArray, fiscalYearStartMonth: number) => PeriodSpan | null;

const readers: Array<[RegExp, Reader]> = [
  // 2025-07-01, 2025/07/01, 2025-07-01T00:00:00Z (a spreadsheet's date)
  [
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+Z?)?$/,
    (m) => {
      const day = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
      return day ? { start: day, unit: 'day' } : null;
    },
  ],
  // 2025-07
  [/^(\d{4})-(\d{1,2})$/, (m) => monthSpan(Number(m[1]), Number(m[2]))],
  // 07/01/2025, 7/1/25, 07-01-2025 (month first, as in the US)
  [
    /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/,
    (m) => {
      const day = validDay(fullYear(m[3] as string), Number(m[1]), Number(m[2]));
      return day ? { start: day, unit: 'day' } : null;
    },
  ],
  // 07/2025
  [/^(\d{1,2})\/(\d{4})$/, (m) => monthSpan(Number(m[2]), Number(m[1]))],
  // Jul-2025, Jul 2025, July 2025, Jul-25, Jul. 2025
  [
    /^([a-z]+)\.?[\s-]+(\d{4}|\d{2})$/i,
    (m) => {
      const month = monthIndex[(m[1] as string).toLowerCase()];
      return month ? monthSpan(fullYear(m[2] as string), month) : null;
    },
  ],
  // FY2026 Q1, FY26 Q1, FY2026-Q1, FY 2026 Q1
  [
    /^FY\s?(\d{4}|\d{2})[\s-]*Q([1-4])$/i,
    (m, start) => fiscalQuarterSpan(fullYear(m[1] as string), Number(m[2]), start),
  ],
  // Q1 FY2026, Q1-FY26
  [
    /^Q([1-4])[\s-]*FY\s?(\d{4}|\d{2})$/i,
    (m, start) => fiscalQuarterSpan(fullYear(m[2] as string), Number(m[1]), start),
  ],
  // FY2026, FY 2026, FY26
  [
    /^FY\s?(\d{4}|\d{2})$/i,
    (m, start) => ({ start: fiscalYearRange(fullYear(m[1] as string), start).start, unit: 'year' }),
  ],
];

/** The period a text names, or null when it is not a form we read. */
export function parsePeriodText(text: string, fiscalYearStartMonth: number): PeriodSpan | null {
  const trimmed = text.trim();
  for (const [pattern, read] of readers) {
    const match = pattern.exec(trimmed);
    const span = match ? read(match, fiscalYearStartMonth) : null;
    if (span) return span;
  }
  return null;
}

const unitOf: Record<KpiFrequency, PeriodSpan['unit']> = {
  daily: 'day',
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'year',
};
const unitOrder: PeriodSpan['unit'][] = ['day', 'month', 'quarter', 'year'];
const example: Record<KpiFrequency, string> = {
  daily: 'a date such as 2025-07-01',
  monthly: 'a month such as Jul-2025 or 2025-07-01',
  quarterly: 'a fiscal quarter such as FY2026 Q1',
  annual: 'a fiscal year such as FY2026',
};

export type PeriodResolution =
  { periodStart: string } | { problem: string; kind: 'unreadable' | 'misaligned' | 'future' };

export const periodFormatsHint =
  'use a form such as 2025-07-01, 07/01/2025, Jul-2025, FY2026 Q1 or FY2026';

/** The KPI period a written period names, or why it names none (unreadable, misaligned, future). */
export function resolvePeriodStart(
  text: string,
  frequency: KpiFrequency,
  fiscalYearStartMonth: number,
  today: string,
): PeriodResolution {
  const span = parsePeriodText(text, fiscalYearStartMonth);
  if (!span) {
    return {
      kind: 'unreadable',
      problem: `"${text.trim()}" is not a period we can read: ${periodFormatsHint}`,
    };
  }
  if (unitOrder.indexOf(span.unit) > unitOrder.indexOf(unitOf[frequency])) {
    return {
      kind: 'misaligned',
      problem: `"${text.trim()}" is a ${span.unit === 'year' ? 'fiscal year' : span.unit}: a ${frequency} KPI needs ${example[frequency]}`,
    };
  }
  const problem = periodStartProblem(span.start, frequency, fiscalYearStartMonth, today);
  if (problem) {
    return {
      kind: problem.startsWith('must not be in the future') ? 'future' : 'misaligned',
      problem: `"${text.trim()}" (${span.start}) ${problem}`,
    };
  }
  return { periodStart: span.start };
}
