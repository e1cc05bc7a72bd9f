/**
 * The benchmark city: which KPIs it has and how their values behave. Pure and deterministic:
 * each KPI draws from its own seeded stream, so scale 1 is exactly the first part of scale 9.
 */
import { addMonths, fiscalYearRange, formatYearMonth, parseYearMonth } from '@civicstat/shared';
import { departments, goals, measures, type Measure } from './catalog';
import { createRandom } from './random';

export const FIRST_FISCAL_YEAR = 2017;
export const LAST_FISCAL_YEAR = 2026;
/** Daily KPIs are newer: they cover the plan's last three fiscal years. */
export const FIRST_DAILY_FISCAL_YEAR = LAST_FISCAL_YEAR - 2;
export const MONTHLY_KPIS_PER_SCALE = 1000;
export const DAILY_KPIS_PER_SCALE = 100;

export interface CityKpi {
  code: string;
  name: string;
  departmentCode: string;
  /** `goal.objective` numbers, e.g. '2.3'; null for an operational KPI. */
  objectiveKey: string | null;
  measure: Measure;
  frequency: 'monthly' | 'daily';
  isPublic: boolean;
  tolerance: number;
  /** Typical value of one period when the series starts (a share for percentages). */
  level: number;
  /** Relative change of that level per year (negative: the number shrinks). */
  growth: number;
  /** Amplitude of the yearly cycle, relative to the level. */
  seasonality: number;
  /** Period-to-period noise, relative to the level. */
  noise: number;
  /** For a ratio: the typical denominator of one period. */
  volume: number;
}

export interface City {
  fiscalYearStartMonth: number;
  kpis: CityKpi[];
  /** Period starts of the monthly KPIs (120) and of the daily ones (about 1,096). */
  monthlyPeriods: string[];
  dailyPeriods: string[];
  dashboards: Array<{ slug: string; title: string; kpiCodes: string[] }>;
}

function monthsBetween(first: string, count: number): string[] {
  const start = parseYearMonth(first);
  return Array.from({ length: count }, (_, i) => formatYearMonth(addMonths(start, i)));
}

function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let at = Date.parse(`${first}T00:00:00Z`); at <= end; at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

function makeKpi(index: number, frequency: 'monthly' | 'daily'): CityKpi {
  const random = createRandom(`${frequency}:${index}`);
  const department = random.pick(departments);
  const measure = random.pick(measures);
  // Four KPIs in five serve an objective of the plan; the rest are operational.
  const goal = Math.floor(random.next() * goals.length) + 1;
  const objective = Math.floor(random.next() * 4) + 1;
  const objectiveKey = random.next() < 0.8 ? `${goal}.${objective}` : null;
  // A daily KPI counts about a thirtieth of what a monthly one does.
  const perPeriod = frequency === 'daily' && measure.aggregation === 'sum' ? 1 / 30 : 1;
  const [low, high] = measure.level;
  const [volumeLow, volumeHigh] = measure.volume ?? [0, 0];
  const serial = String(index + 1).padStart(5, '0');
  return {
    code: `${department.code}-${frequency === 'daily' ? 'D' : 'M'}${serial}`,
    name: `${frequency === 'daily' ? 'Daily: ' : ''}${measure.name}, ${department.name} ${serial}`,
    departmentCode: department.code,
    objectiveKey,
    measure,
    frequency,
    isPublic: random.next() < 0.7,
    tolerance: random.pick([0.05, 0.05, 0.1]),
    level: random.between(low, high) * perPeriod,
    growth: random.between(-0.04, 0.06),
    seasonality: random.between(0, 0.15),
    noise: random.between(0.02, 0.12),
    volume: Math.max(
      5,
      Math.round(random.between(volumeLow, volumeHigh) / (frequency === 'daily' ? 30 : 1)),
    ),
  };
}

export function buildCity(scale: number, fiscalYearStartMonth: number): City {
  const monthly = Array.from({ length: MONTHLY_KPIS_PER_SCALE * scale }, (_, i) =>
    makeKpi(i, 'monthly'),
  );
  const daily = Array.from({ length: DAILY_KPIS_PER_SCALE * scale }, (_, i) => makeKpi(i, 'daily'));
  const kpis = [...monthly, ...daily];
  const publicCodes = kpis.filter((k) => k.isPublic).map((k) => k.code);
  const dashboards = [
    { slug: 'city-overview', title: 'City overview', kpiCodes: publicCodes.slice(0, 24) },
    ...departments.slice(0, 7).map((department) => ({
      slug: `department-${department.code.toLowerCase()}`,
      title: `${department.name} dashboard`,
      kpiCodes: kpis
        .filter((k) => k.departmentCode === department.code)
        .slice(0, 12)
        .map((k) => k.code),
    })),
  ];
  const firstMonth = fiscalYearRange(FIRST_FISCAL_YEAR, fiscalYearStartMonth).start;
  const years = LAST_FISCAL_YEAR - FIRST_FISCAL_YEAR + 1;
  return {
    fiscalYearStartMonth,
    kpis,
    monthlyPeriods: monthsBetween(firstMonth, years * 12),
    dailyPeriods: daysBetween(
      fiscalYearRange(FIRST_DAILY_FISCAL_YEAR, fiscalYearStartMonth).start,
      fiscalYearRange(LAST_FISCAL_YEAR, fiscalYearStartMonth).end,
    ),
    dashboards,
  };
}

/**
 * The city's "today" for the app: the last day of data, so the current fiscal year is full and
 * the numbers do not drift with the date the bench runs on (the app reads "as of today").
 */
export function cityToday(city: City): string {
  return fiscalYearRange(LAST_FISCAL_YEAR, city.fiscalYearStartMonth).end;
}

export function periodsOf(city: City, kpi: CityKpi): string[] {
  return kpi.frequency === 'daily' ? city.dailyPeriods : city.monthlyPeriods;
}

/** How many measurements the city holds, known before generating them (for progress). */
export function measurementCount(city: City): number {
  return city.kpis.reduce((total, kpi) => total + periodsOf(city, kpi).length, 0);
}
