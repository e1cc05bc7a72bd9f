/** Assembles the Durham demo data as plain rows, before anything touches the database. */
import { fiscalYearOf, fiscalYearRange, IsoDate } from '@civicstat/shared';
import { annotations } from './annotations';
import { catalog, type KpiDefinition } from './catalog';
import { measurementRows, type MeasurementRow } from './measurements';
import { plan } from './plan';
import { createRandom } from './random';
import { generateSeries, periodsBetween } from './series';
import { statusesOf, targetsFor, type FiscalYearTarget } from './targets';

export interface BuildOptions {
  /** The city's local date, YYYY-MM-DD: data runs through the period that holds it. */
  today: string;
  fiscalYearStartMonth: number;
}

export interface BuiltKpi {
  definition: KpiDefinition;
  targets: FiscalYearTarget[];
  measurements: MeasurementRow[];
}

export interface BuiltAnnotation {
  kpiCode: string | null;
  date: string;
  label: string;
  description: string;
}

export interface DurhamData {
  lastFiscalYear: number;
  kpis: BuiltKpi[];
  annotations: BuiltAnnotation[];
}

/** How many fiscal years the plan still runs after the current one. */
const PLAN_YEARS_AHEAD = 5;

export function buildDurham({ today, fiscalYearStartMonth }: BuildOptions): DurhamData {
  IsoDate.parse(today);
  const planStart = fiscalYearRange(plan.firstFiscalYear, fiscalYearStartMonth).start;
  if (today < planStart) {
    throw new RangeError(`the demo data starts on ${planStart}; today (${today}) is before it`);
  }
  const currentFiscalYear = fiscalYearOf(today, fiscalYearStartMonth);
  const kpis = catalog.map((definition): BuiltKpi => {
    const { code, frequency } = definition;
    const from = definition.startsOn ?? planStart;
    const periods = periodsBetween(from, today, frequency, fiscalYearStartMonth);
    // One stream per KPI and purpose, so editing one KPI or its notes leaves the others alone.
    const points = generateSeries(definition, periods, createRandom(`${code}:series`));
    const targets = targetsFor(definition, points, currentFiscalYear, fiscalYearStartMonth);
    const statuses = statusesOf(definition, points, targets, fiscalYearStartMonth);
    const measurements = measurementRows(definition, points, statuses, today, {
      notes: createRandom(`${code}:notes`),
      workflow: createRandom(`${code}:workflow`),
    });
    return { definition, targets, measurements };
  });
  return {
    lastFiscalYear: currentFiscalYear + PLAN_YEARS_AHEAD,
    kpis,
    annotations: annotations
      .filter((a) => a.date <= today)
      .flatMap(({ kpiCodes, ...a }): BuiltAnnotation[] =>
        kpiCodes === null
          ? [{ ...a, kpiCode: null }]
          : kpiCodes.map((kpiCode) => ({ ...a, kpiCode })),
      ),
  };
}
