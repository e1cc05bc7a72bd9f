/**
 * A value's change from the period before, in words a reviewer reads at a glance: "Up 4.2%",
 * with the absolute change ("+12 permits, from 288") and whether that is better or worse.
 */
import { formatValue, LOCALE, type KpiDirection, type ValueFormat } from '@civicstat/shared';

export interface Change {
  /** "Up 4.2%", "Down 12 permits" (no percentage from zero), "No change", "No earlier value". */
  summary: string;
  /** "+12 permits, from 288"; empty when there is nothing to compare. */
  detail: string;
  /** Whether the move is the way the KPI wants to go; null for no move or a range KPI. */
  judgement: 'better' | 'worse' | null;
}

const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const points = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** The size of a change: percentage points for a percent KPI, the KPI's own unit otherwise. */
function sizeOf(difference: number, format: ValueFormat): string {
  const size = Math.abs(difference);
  if (format.displayFormat === 'percent') {
    const text = points.format(size * 100);
    return `${text} ${text === '1' ? 'point' : 'points'}`;
  }
  return formatValue(size, format, { withUnit: true });
}

export function describeChange(
  value: number,
  previous: number | null,
  kpi: ValueFormat & { direction: KpiDirection },
): Change {
  if (previous === null) return { summary: 'No earlier value', detail: '', judgement: null };
  const difference = value - previous;
  const from = formatValue(previous, kpi, { withUnit: true });
  if (difference === 0) return { summary: 'No change', detail: `Same as ${from}`, judgement: null };
  const up = difference > 0;
  const size = sizeOf(difference, kpi);
  const summary =
    previous === 0
      ? `${up ? 'Up' : 'Down'} ${size}`
      : `${up ? 'Up' : 'Down'} ${percent.format(Math.abs(difference / previous))}`;
  const judgement =
    kpi.direction === 'range' ? null : up === (kpi.direction === 'increase') ? 'better' : 'worse';
  return { summary, detail: `${up ? '+' : '−'}${size}, from ${from}`, judgement };
}
