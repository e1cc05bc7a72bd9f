/**
 * A value's change from the period before, in words a reviewer reads at a glance: "Up 4.2%",
 * with the absolute change ("+12 permits, from 288") and whether that is better or worse; a
 * percent KPI's in percentage points ("Up 4 points", "from 86%").
 */
import {
  formatValue,
  LOCALE,
  percentDigits,
  type KpiDirection,
  type ValueFormat,
} from '@civicstat/shared';

export interface Change {
  /** "Up 4.2%", "Down 12 permits" (no percentage from zero), "Up 4 points" (a percent KPI), "No change", "No earlier value". */
  summary: string;
  /** "+12 permits, from 288", or "from 86%" when the summary has the size; empty when there is nothing to compare. */
  detail: string;
  /** Whether the move is the way the KPI wants to go; null for no move or a range KPI. */
  judgement: 'better' | 'worse' | null;
}

const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const points = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** A share in percent, rounded as the screens show it (formatValue), so differences add up. */
function shownPercent(share: number): number {
  const scale = 10 ** percentDigits(share);
  return Math.round(share * 100 * scale) / scale;
}

/** The size of a change: percentage points for a percent KPI, the KPI's own unit otherwise. */
function sizeOf(value: number, previous: number, format: ValueFormat): string {
  if (format.displayFormat === 'percent') {
    // Between the two figures as shown: 89.8% to 85.3% is 4.5 points, whatever the digits behind.
    const text = points.format(Math.abs(shownPercent(value) - shownPercent(previous)));
    return `${text} ${text === '1' ? 'point' : 'points'}`;
  }
  return formatValue(Math.abs(value - previous), format, { withUnit: true });
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
  const size = sizeOf(value, previous, kpi);
  const judgement =
    kpi.direction === 'range' ? null : up === (kpi.direction === 'increase') ? 'better' : 'worse';
  // A percent KPI moves by points: "up 4.7%" of a share reads as four points too many.
  if (kpi.displayFormat === 'percent' || previous === 0) {
    return { summary: `${up ? 'Up' : 'Down'} ${size}`, detail: `from ${from}`, judgement };
  }
  const summary = `${up ? 'Up' : 'Down'} ${percent.format(Math.abs(difference / previous))}`;
  return { summary, detail: `${up ? '+' : '−'}${size}, from ${from}`, judgement };
}
