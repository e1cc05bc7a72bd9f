/**
 * KPI values formatted for people (DESIGN.md §1: formatting lives in shared/): US English,
 * thousands separators, percentages from fractions, dollars, durations in words.
 */
import type { DisplayFormat } from '../schemas/enums';
import type { TargetValue } from '../schemas/kpi';

export const LOCALE = 'en-US';

/** What formatting needs to know about a KPI. */
export interface ValueFormat {
  displayFormat: DisplayFormat;
  unit: string;
}

export interface FormatOptions {
  /** Add the KPI's unit where the number alone does not say it ("12 permits"). */
  withUnit?: boolean;
  /** Short forms for small spaces: "$1.2M", "12K". */
  compact?: boolean;
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, options);
    cache.set(key, format);
  }
  return format;
}

/** Fewer decimals as numbers grow: 0.125 → 0.13, 12.34 → 12.3, 1,234.5 → 1,235. */
function fractionDigits(value: number): number {
  const size = Math.abs(value);
  if (size >= 100) return 0;
  if (size >= 10) return 1;
  return 2;
}

const durationUnits: Partial<Record<DisplayFormat, string>> = {
  days: 'day',
  hours: 'hour',
  minutes: 'minute',
};

/** Decimal places of a share shown in percent: one, two under 10% (so 3.08% is not 3.1%). */
export function percentDigits(share: number): number {
  return Math.abs(share) < 0.1 && share !== 0 ? 2 : 1;
}

/** A unit such as "% of requests" after a percentage: " of requests". */
function unitAfterPercent(unit: string): string {
  const rest = unit.replace(/^%\s*/, '').trim();
  return rest ? ` ${rest}` : '';
}

export function formatValue(
  value: number,
  { displayFormat, unit }: ValueFormat,
  { withUnit = false, compact = false }: FormatOptions = {},
): string {
  const notation = compact ? 'compact' : 'standard';
  switch (displayFormat) {
    case 'percent': {
      const text = numberFormat({
        style: 'percent',
        maximumFractionDigits: percentDigits(value),
      }).format(value);
      return withUnit ? text + unitAfterPercent(unit) : text;
    }
    case 'currency':
      return numberFormat({
        style: 'currency',
        currency: 'USD',
        notation,
        maximumFractionDigits: compact ? 1 : Math.abs(value) >= 100 ? 0 : 2,
      }).format(value);
    case 'days':
    case 'hours':
    case 'minutes':
      return numberFormat({
        maximumFractionDigits: fractionDigits(value),
        ...(withUnit
          ? { style: 'unit', unit: durationUnits[displayFormat], unitDisplay: 'long' }
          : {}),
      }).format(value);
    case 'count':
    case 'rate': {
      const text = numberFormat({
        notation,
        maximumFractionDigits: compact ? 1 : fractionDigits(value),
      }).format(value);
      return withUnit && unit ? `${text} ${unit}` : text;
    }
  }
}

/** A target as people read it: "95%" or, for a range KPI, "6.5 – 8.5 mg/L". */
export function formatTarget(
  target: TargetValue | null,
  format: ValueFormat,
  options: FormatOptions = {},
): string {
  if (!target) return 'No target';
  if ('value' in target) return formatValue(target.value, format, options);
  const low = formatValue(target.low, format);
  return `${low} – ${formatValue(target.high, format, options)}`;
}

/** A share of KPIs such as "62%" (whole percent: these are counts of KPIs). */
export function formatShare(share: number | null): string {
  if (share === null) return 'No KPIs with a status';
  return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** "1,234": counts of things. */
export function formatCount(count: number): string {
  return numberFormat({ maximumFractionDigits: 0 }).format(count);
}
