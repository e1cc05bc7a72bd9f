/**
 * A KPI's series as a download: one row per point, the same values as the JSON answer, with the
 * columns the importer reads back (kpi_code, period_start, value, numerator, denominator, note).
 */
import type { DisplayFormat, SeriesPoint, TargetValue } from '@civicstat/shared';
import { numberFormatOf } from './kpiColumns';
import type { Column } from './table';

export interface SeriesKpi {
  code: string;
  displayFormat: DisplayFormat;
}

function targetParts(target: TargetValue | null): [number | null, number | null, number | null] {
  if (!target) return [null, null, null];
  return 'value' in target ? [target.value, null, null] : [null, target.low, target.high];
}

export function seriesColumns(kpi: SeriesKpi): readonly Column<SeriesPoint>[] {
  const valueFormat = (_: SeriesPoint, value: number) => numberFormatOf(kpi.displayFormat, value);
  const countFormat = (_: SeriesPoint, value: number) => numberFormatOf('count', value);
  const target = (part: 0 | 1 | 2): Column<SeriesPoint> => ({
    key: ['target', 'target_low', 'target_high'][part] as string,
    width: 12,
    kind: 'number',
    value: (point) => targetParts(point.target)[part],
    numFmt: valueFormat,
  });
  return [
    { key: 'kpi_code', width: 12, kind: 'text', value: () => kpi.code },
    { key: 'period_start', width: 12, kind: 'date', value: (point) => point.periodStart },
    { key: 'period_end', width: 12, kind: 'date', value: (point) => point.periodEnd },
    { key: 'fiscal_year', width: 11, kind: 'number', value: (point) => point.fiscalYear },
    { key: 'value', width: 12, kind: 'number', value: (point) => point.value, numFmt: valueFormat },
    {
      key: 'numerator',
      width: 12,
      kind: 'number',
      value: (point) => point.numerator,
      numFmt: countFormat,
    },
    {
      key: 'denominator',
      width: 12,
      kind: 'number',
      value: (point) => point.denominator,
      numFmt: countFormat,
    },
    target(0),
    target(1),
    target(2),
    { key: 'status', width: 11, kind: 'text', value: (point) => point.status },
    { key: 'note', width: 50, kind: 'text', value: (point) => point.note },
  ];
}

/** The column names, for the API documentation. */
export const seriesColumnKeys = seriesColumns({ code: '', displayFormat: 'count' }).map(
  (column) => column.key,
);
