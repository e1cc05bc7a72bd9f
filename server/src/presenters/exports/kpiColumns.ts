/** Columns of a KPI list download and the spreadsheet number format of each KPI's values. */
import {
  directionLabels,
  frequencyLabels,
  statusLabels,
  trendWords,
  type DisplayFormat,
  type KpiSummary,
  type TargetValue,
} from '@civicstat/shared';
import type { Cell, Column } from './table';

/**
 * Excel number formats by display format. Percentages are stored as fractions (0.85 → 85.0%);
 * whole numbers get no decimal point, since "#,##0.##" shows 12 as "12.".
 */
export function numberFormatOf(displayFormat: DisplayFormat, value: number): string {
  const whole = Number.isInteger(value);
  switch (displayFormat) {
    case 'percent':
      return '0.0%';
    case 'currency':
      return whole ? '$#,##0' : '$#,##0.00';
    default:
      return whole ? '#,##0' : '#,##0.##';
  }
}

/** A single target as its number; a range as "low to high" (text: a cell holds one number). */
export function targetCell(target: TargetValue | null): Cell {
  if (!target) return null;
  return 'value' in target ? target.value : `${target.low} to ${target.high}`;
}

type Summary = KpiSummary;
const valueFormat = (kpi: Summary, value: number) => numberFormatOf(kpi.displayFormat, value);

export const kpiListColumns: readonly Column<Summary>[] = [
  { key: 'code', width: 12, kind: 'text', value: (kpi) => kpi.code },
  { key: 'name', width: 40, kind: 'text', value: (kpi) => kpi.name },
  { key: 'department', width: 28, kind: 'text', value: (kpi) => kpi.department.name },
  {
    key: 'goal',
    width: 32,
    kind: 'text',
    value: (kpi) => (kpi.goal ? `${kpi.goal.number}. ${kpi.goal.title}` : null),
  },
  {
    key: 'objective',
    width: 32,
    kind: 'text',
    value: (kpi) =>
      kpi.goal && kpi.objective
        ? `${kpi.goal.number}.${kpi.objective.number} ${kpi.objective.title}`
        : null,
  },
  { key: 'unit', width: 14, kind: 'text', value: (kpi) => kpi.unit },
  { key: 'frequency', width: 11, kind: 'text', value: (kpi) => frequencyLabels[kpi.frequency] },
  { key: 'direction', width: 20, kind: 'text', value: (kpi) => directionLabels[kpi.direction] },
  {
    key: 'status',
    width: 11,
    kind: 'text',
    value: (kpi) => statusLabels[kpi.performance.status],
  },
  {
    key: 'latest_period',
    width: 12,
    kind: 'date',
    value: (kpi) => kpi.performance.latest?.periodStart ?? null,
  },
  {
    key: 'latest_value',
    width: 13,
    kind: 'number',
    value: (kpi) => kpi.performance.latest?.value ?? null,
    numFmt: valueFormat,
  },
  {
    key: 'target',
    width: 12,
    kind: 'number',
    value: (kpi) => targetCell(kpi.performance.latest?.target ?? null),
    numFmt: valueFormat,
  },
  {
    key: 'fytd_value',
    width: 12,
    kind: 'number',
    value: (kpi) => kpi.performance.fiscalYearToDate.value,
    numFmt: valueFormat,
  },
  {
    key: 'fytd_target',
    width: 12,
    kind: 'number',
    value: (kpi) => targetCell(kpi.performance.fiscalYearToDate.target),
    numFmt: valueFormat,
  },
  {
    key: 'trend',
    width: 11,
    kind: 'text',
    value: (kpi) => (kpi.performance.trend ? trendWords[kpi.performance.trend.label] : null),
  },
  {
    key: 'stale',
    width: 7,
    kind: 'text',
    value: (kpi) => (kpi.performance.stale ? 'yes' : 'no'),
  },
];
