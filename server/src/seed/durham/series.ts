/** Generates a KPI's made-up history, period by period: trend × season × events × noise. */
import {
  addMonths,
  formatYearMonth,
  monthsPerPeriod,
  parseYearMonth,
  periodStartOf,
  type MonthBasedFrequency,
  type YearMonth,
} from '@civicstat/shared';
import type { KpiDefinition, PathProfile, SeriesEvent } from './catalog/types';
import type { Random } from './random';

export interface Point {
  periodStart: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/** Percentages are fractions (see catalog/types.ts), so they are bounded by 0..1 unless told otherwise. */
export function boundsOf(kpi: KpiDefinition): { min: number | null; max: number | null } {
  const percent = kpi.format === 'percent';
  return {
    min: kpi.min === undefined ? 0 : kpi.min,
    max: kpi.max === undefined ? (percent ? 1 : null) : kpi.max,
  };
}

export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function clamp(value: number, { min, max }: { min: number | null; max: number | null }): number {
  return Math.min(max ?? Infinity, Math.max(min ?? -Infinity, value));
}

/** Months since July 2016, the month every profile's `level` describes. */
function monthIndex({ year, month }: YearMonth): number {
  return (year - 2016) * 12 + (month - 7);
}

/** 0 before the event, rising to 1 over its ramp, then fading back to 0 if it recovers. */
function eventStrength(event: SeriesEvent, monthsSince: number): number {
  if (monthsSince < 0) return 0;
  const ramp = event.rampMonths ?? 1;
  if (monthsSince < ramp) return (monthsSince + 1) / ramp;
  if (event.recoverMonths === undefined) return 1;
  return Math.max(0, 1 - (monthsSince - ramp + 1) / (event.recoverMonths + 1));
}

function expectedInMonth(path: PathProfile, ym: YearMonth): number {
  const index = monthIndex(ym);
  const trend = (1 + (path.trend ?? 0)) ** (index / 12);
  const angle = (2 * Math.PI * (ym.month - (path.peakMonth ?? 1))) / 12;
  const season = 1 + (path.amplitude ?? 0) * Math.cos(angle);
  let events = 1;
  for (const event of path.events ?? []) {
    events *=
      1 + event.effect * eventStrength(event, index - monthIndex(parseYearMonth(event.from)));
  }
  return path.level * trend * season * events;
}

/** The expected value of a period: the mean of its months, so quarters and years smooth the season. */
function expectedInPeriod(
  path: PathProfile,
  periodStart: string,
  frequency: MonthBasedFrequency,
): number {
  const first = parseYearMonth(periodStart);
  const months = monthsPerPeriod[frequency];
  let total = 0;
  for (let i = 0; i < months; i += 1) total += expectedInMonth(path, addMonths(first, i));
  return total / months;
}

/** Period starts from the first period that begins on or after `from` through the one holding `today`. */
export function periodsBetween(
  from: string,
  today: string,
  frequency: MonthBasedFrequency,
  fiscalYearStartMonth: number,
): string[] {
  const fromMonth = formatYearMonth(parseYearMonth(from));
  let start = periodStartOf(from, frequency, fiscalYearStartMonth);
  const step = monthsPerPeriod[frequency];
  if (start < fromMonth) start = formatYearMonth(addMonths(parseYearMonth(start), step));
  const last = periodStartOf(today, frequency, fiscalYearStartMonth);
  const periods: string[] = [];
  for (let p = start; p <= last; p = formatYearMonth(addMonths(parseYearMonth(p), step))) {
    periods.push(p);
  }
  return periods;
}

/**
 * A range KPI's last periods drift to where its outlook says they end: comfortably inside the
 * band, just outside it (at risk) or well outside it (off track).
 */
function steerIntoOutlook(kpi: KpiDefinition, values: number[]): void {
  const band = kpi.series.band;
  const last = values.length - 1;
  const latest = values[last];
  if (!band || latest === undefined) return;
  const width = band.high - band.low;
  const tolerance = kpi.tolerance ?? 0.05;
  if (kpi.outlook === 'on_track') {
    values[last] = Math.min(band.high - 0.1 * width, Math.max(band.low + 0.1 * width, latest));
    return;
  }
  const beyond = (kpi.outlook === 'at_risk' ? 0.5 : 4) * tolerance * width;
  const goal = kpi.series.strays === 'above' ? band.high + beyond : band.low - beyond;
  for (let back = 2; back >= 0; back -= 1) {
    const i = last - back;
    const value = values[i];
    if (value !== undefined) values[i] = value + (goal - value) * ((3 - back) / 3);
  }
}

export function generateSeries(
  kpi: KpiDefinition,
  periods: readonly string[],
  random: Random,
): Point[] {
  const { series, frequency } = kpi;
  const bounds = boundsOf(kpi);
  const { volume } = series;
  if (kpi.aggregation === 'ratio') {
    if (!volume) throw new Error(`${kpi.code}: a ratio KPI needs a volume profile`);
    return periods.map((periodStart) => {
      const rate = clamp(
        expectedInPeriod(series, periodStart, frequency) *
          (1 + (series.noise ?? 0) * random.normal()),
        bounds,
      );
      const denominatorDecimals = volume.decimals ?? 0;
      const denominator = Math.max(
        10 ** -denominatorDecimals,
        roundTo(
          expectedInPeriod(volume, periodStart, frequency) *
            (1 + (volume.noise ?? 0) * random.normal()),
          denominatorDecimals,
        ),
      );
      const numeratorDecimals = series.numeratorDecimals ?? 0;
      let numerator = roundTo(denominator * rate, numeratorDecimals);
      // Rounding the numerator up must not push a share past 100%.
      if (bounds.max !== null && numerator / denominator > bounds.max) {
        numerator =
          Math.floor(denominator * bounds.max * 10 ** numeratorDecimals) / 10 ** numeratorDecimals;
      }
      return { periodStart, value: roundTo(numerator / denominator, 6), numerator, denominator };
    });
  }
  const values = periods.map((periodStart) =>
    clamp(
      expectedInPeriod(series, periodStart, frequency) *
        (1 + (series.noise ?? 0) * random.normal()),
      bounds,
    ),
  );
  if (kpi.direction === 'range') steerIntoOutlook(kpi, values);
  return periods.map((periodStart, i) => ({
    periodStart,
    value: roundTo(values[i] ?? 0, series.decimals ?? 0),
    numerator: null,
    denominator: null,
  }));
}
