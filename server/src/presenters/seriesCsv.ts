/** A KPI's series as CSV: one row per point, plain numbers, the same values as the JSON answer. */
import type { KpiSeries, TargetValue } from '@civicstat/shared';
import { stringify } from 'csv-stringify/sync';

export const seriesCsvColumns = [
  'period_start',
  'period_end',
  'fiscal_year',
  'value',
  'numerator',
  'denominator',
  'target',
  'target_low',
  'target_high',
  'status',
  'note',
] as const;

function targetCells(target: TargetValue | null): [number | null, number | null, number | null] {
  if (!target) return [null, null, null];
  return 'value' in target ? [target.value, null, null] : [null, target.low, target.high];
}

export function seriesCsv(series: KpiSeries): string {
  const rows = series.points.map((point) => [
    point.periodStart,
    point.periodEnd,
    point.fiscalYear,
    point.value,
    point.numerator,
    point.denominator,
    ...targetCells(point.target),
    point.status,
    point.note,
  ]);
  // escape_formulas: a note starting with "=" must not run as a formula in a spreadsheet.
  return stringify(rows, {
    header: true,
    columns: [...seriesCsvColumns],
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}

/** "DSC-01-series.csv": a file name from a KPI code, safe inside a quoted Content-Disposition filename. */
export function seriesCsvFilename(kpiCode: string): string {
  return `${kpiCode.replace(/[^A-Za-z0-9._-]+/g, '_')}-series.csv`;
}
