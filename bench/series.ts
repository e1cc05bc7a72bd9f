/**
 * One KPI's values and targets. The level drifts by the KPI's growth, with a yearly cycle and
 * noise; targets sit around the level of their year, a little above or below it, so the city
 * has KPIs on track, at risk and off track like a real one.
 */
import { fiscalYearRange } from '@civicstat/shared';
import {
  FIRST_DAILY_FISCAL_YEAR,
  FIRST_FISCAL_YEAR,
  LAST_FISCAL_YEAR,
  periodsOf,
  type City,
  type CityKpi,
} from './city';
import { createRandom } from './random';

export interface MeasurementValues {
  periodStart: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  state: 'approved' | 'submitted' | 'draft';
}

export interface TargetValues {
  fiscalYear: number;
  target: number | null;
  targetLow: number | null;
  targetHigh: number | null;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function bounded(kpi: CityKpi, value: number): number {
  const { max } = kpi.measure;
  return Math.max(0, max === null ? value : Math.min(max, value));
}

function firstFiscalYear(kpi: CityKpi): number {
  return kpi.frequency === 'daily' ? FIRST_DAILY_FISCAL_YEAR : FIRST_FISCAL_YEAR;
}

function periodsInFiscalYear(city: City, kpi: CityKpi, fiscalYear: number): number {
  if (kpi.frequency === 'monthly') return 12;
  const { start, end } = fiscalYearRange(fiscalYear, city.fiscalYearStartMonth);
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
}

/** The level `years` after the series starts. */
function levelAt(kpi: CityKpi, years: number): number {
  return kpi.level * Math.max(0.2, 1 + kpi.growth * years);
}

export function measurementsOf(city: City, kpi: CityKpi): MeasurementValues[] {
  const random = createRandom(`values:${kpi.code}`);
  const periods = periodsOf(city, kpi);
  const perYear = kpi.frequency === 'daily' ? 365.25 : 12;
  const { decimals } = kpi.measure;
  return periods.map((periodStart, i) => {
    const cycle = 1 + kpi.seasonality * Math.sin((2 * Math.PI * i) / perYear);
    const expected = levelAt(kpi, i / perYear) * cycle;
    // The latest period is still in review for some KPIs, as at any month's close.
    const latest = i === periods.length - 1 && kpi.frequency === 'monthly';
    const state = latest
      ? random.pick(['approved', 'submitted', 'submitted', 'draft'] as const)
      : 'approved';
    if (kpi.measure.aggregation === 'ratio') {
      const denominator = Math.max(1, Math.round(kpi.volume * cycle * (1 + 0.1 * random.normal())));
      const share = bounded(
        kpi,
        levelAt(kpi, i / perYear) * (1 + kpi.noise * 0.3 * random.normal()),
      );
      const numerator = Math.min(denominator, Math.round(denominator * share));
      return {
        periodStart,
        value: round(numerator / denominator, 6),
        numerator,
        denominator,
        state,
      };
    }
    const value = round(bounded(kpi, expected * (1 + kpi.noise * random.normal())), decimals);
    return { periodStart, value, numerator: null, denominator: null, state };
  });
}

/** One target per fiscal year with data; for a summed KPI the target is the year's total. */
export function targetsOf(city: City, kpi: CityKpi): TargetValues[] {
  const random = createRandom(`targets:${kpi.code}`);
  const { aggregation, direction, decimals } = kpi.measure;
  const first = firstFiscalYear(kpi);
  const targets: TargetValues[] = [];
  for (let fiscalYear = first; fiscalYear <= LAST_FISCAL_YEAR; fiscalYear += 1) {
    const level = levelAt(kpi, fiscalYear - first + 0.5);
    // Ambition: a target from 10% below to 10% beyond the level the KPI actually reaches.
    const ambition = random.between(0.9, 1.1);
    if (direction === 'range') {
      const halfWidth = random.between(0.1, 0.2);
      const low = round(bounded(kpi, level * ambition * (1 - halfWidth)), decimals);
      const high = round(bounded(kpi, level * ambition * (1 + halfWidth)), decimals);
      targets.push({ fiscalYear, target: null, targetLow: low, targetHigh: high });
      continue;
    }
    const perPeriod = bounded(kpi, level * ambition);
    const target =
      aggregation === 'sum' ? perPeriod * periodsInFiscalYear(city, kpi, fiscalYear) : perPeriod;
    targets.push({
      fiscalYear,
      target: round(target, decimals),
      targetLow: null,
      targetHigh: null,
    });
  }
  return targets;
}
