/**
 * Numbers as the budget office types them: a percent KPI's values are stored as fractions
 * (0.9) but typed and shown as percentages (90), like everywhere else on screen.
 */
import type { DisplayFormat } from '@civicstat/shared';

const scaleOf = (displayFormat: DisplayFormat) => (displayFormat === 'percent' ? 100 : 1);

/** Ten significant digits hide binary noise (0.07 × 100 = 7.000000000000001). */
const tidy = (value: number) => Number(value.toPrecision(10));

/** A stored number as the text of an input; null is empty. */
export function measureText(value: number | null | undefined, displayFormat: DisplayFormat) {
  return value === null || value === undefined ? '' : String(tidy(value * scaleOf(displayFormat)));
}

/**
 * Typed text as a stored number: empty is `empty`, thousands separators and a trailing % are
 * allowed, and anything else stays text so that the shared schema refuses it by name.
 */
export function parseMeasure<Empty>(
  text: string,
  displayFormat: DisplayFormat,
  empty: Empty,
): number | string | Empty {
  const cleaned = text.trim().replace(/,/g, '').replace(/%$/, '').trim();
  if (cleaned === '') return empty;
  const number = Number(cleaned);
  return Number.isFinite(number) ? tidy(number / scaleOf(displayFormat)) : text;
}

/** "In percent: 90 for 90%." for a percent KPI's inputs. */
export function measureHint(displayFormat: DisplayFormat): string | undefined {
  return displayFormat === 'percent' ? 'In percent: 90 for 90%.' : undefined;
}
