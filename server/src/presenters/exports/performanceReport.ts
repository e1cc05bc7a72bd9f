/**
 * The performance report workbook: a summary sheet (each goal's KPIs by status and share on
 * track) and one sheet per goal listing its KPIs with targets, fiscal year to date and status.
 */
import { kpiStatuses, statusLabels, trendWords, type KpiStatus } from '@civicstat/shared';
import type {
  PerformanceReport,
  ReportGoal,
  ReportKpi,
} from '../../services/exports/performanceReport';
import { numberFormatOf, targetCell } from './kpiColumns';
import { addTableSheet, newWorkbook, sheetName, workbookBuffer, type Column } from './table';

interface SummaryRow {
  goal: string;
  rollUp: ReportGoal['rollUp'];
}

const countColumn = (status: KpiStatus): Column<SummaryRow> => ({
  key: status,
  width: 11,
  kind: 'number',
  value: (row) => row.rollUp.counts[status],
  numFmt: () => '#,##0',
});

const summaryColumns: readonly Column<SummaryRow>[] = [
  { key: 'goal', width: 44, kind: 'text', value: (row) => row.goal },
  {
    key: 'kpis',
    width: 8,
    kind: 'number',
    value: (row) => row.rollUp.total,
    numFmt: () => '#,##0',
  },
  {
    key: 'share_on_track',
    width: 15,
    kind: 'number',
    value: (row) => row.rollUp.shareOnTrack,
    numFmt: () => '0.0%',
  },
  ...kpiStatuses.map(countColumn),
];
const summaryHeaders = [
  'Goal',
  'KPIs',
  'Share on track',
  ...kpiStatuses.map((s) => statusLabels[s]),
];

const valueFormat = ({ kpi }: ReportKpi, value: number) => numberFormatOf(kpi.displayFormat, value);

const goalColumns: readonly Column<ReportKpi>[] = [
  {
    key: 'objective',
    width: 36,
    kind: 'text',
    value: ({ kpi, objective }) =>
      `${kpi.goal?.number ?? ''}.${objective.number} ${objective.title}`,
  },
  { key: 'code', width: 11, kind: 'text', value: ({ kpi }) => kpi.code },
  { key: 'name', width: 40, kind: 'text', value: ({ kpi }) => kpi.name },
  { key: 'department', width: 26, kind: 'text', value: ({ kpi }) => kpi.department.name },
  { key: 'unit', width: 14, kind: 'text', value: ({ kpi }) => kpi.unit },
  {
    key: 'fy_target',
    width: 12,
    kind: 'number',
    value: ({ yearTarget }) => targetCell(yearTarget),
    numFmt: valueFormat,
  },
  {
    key: 'fytd_value',
    width: 12,
    kind: 'number',
    value: ({ kpi }) => kpi.performance.fiscalYearToDate.value,
    numFmt: valueFormat,
  },
  {
    key: 'fytd_target',
    width: 12,
    kind: 'number',
    value: ({ kpi }) => targetCell(kpi.performance.fiscalYearToDate.target),
    numFmt: valueFormat,
  },
  {
    key: 'fytd_status',
    width: 12,
    kind: 'text',
    value: ({ kpi }) => statusLabels[kpi.performance.fiscalYearToDate.status],
  },
  {
    key: 'status',
    width: 11,
    kind: 'text',
    value: ({ kpi }) => statusLabels[kpi.performance.status],
  },
  {
    key: 'trend',
    width: 11,
    kind: 'text',
    value: ({ kpi }) => (kpi.performance.trend ? trendWords[kpi.performance.trend.label] : null),
  },
  {
    key: 'latest_period',
    width: 13,
    kind: 'date',
    value: ({ kpi }) => kpi.performance.latest?.periodStart ?? null,
  },
  {
    key: 'latest_value',
    width: 13,
    kind: 'number',
    value: ({ kpi }) => kpi.performance.latest?.value ?? null,
    numFmt: valueFormat,
  },
];
const goalHeaders = [
  'Objective',
  'Code',
  'KPI',
  'Department',
  'Unit',
  'FY target',
  'FYTD value',
  'FYTD target',
  'FYTD status',
  'Status',
  'Trend',
  'Latest period',
  'Latest value',
];

export function performanceReportFilename(report: PerformanceReport): string {
  return `performance-report-FY${report.asOf.fiscalYear}-${report.asOf.date}.xlsx`;
}

export function performanceReportXlsx(report: PerformanceReport, now: Date): Promise<Buffer> {
  const workbook = newWorkbook(now);
  workbook.title = `${report.plan.title}: performance report, FY${report.asOf.fiscalYear}`;
  const summary = addTableSheet(
    workbook,
    'Summary',
    {
      columns: summaryColumns,
      rows: [
        ...report.goals.map(({ goal, rollUp }) => ({
          goal: `${goal.number}. ${goal.title}`,
          rollUp,
        })),
        { goal: 'All goals', rollUp: report.rollUp },
      ],
    },
    summaryHeaders,
  );
  summary.lastRow?.eachCell((cell) => (cell.font = { bold: true }));
  summary.addRow([]);
  summary.addRow([
    `${report.plan.title}, FY${report.asOf.fiscalYear} as of ${report.asOf.date}. A KPI's status ` +
      'is its latest period against its target; the share on track counts KPIs that have one.',
  ]);
  for (const { goal, kpis } of report.goals) {
    addTableSheet(
      workbook,
      sheetName(`Goal ${goal.number} ${goal.title}`),
      { columns: goalColumns, rows: kpis },
      goalHeaders,
    );
  }
  return workbookBuffer(workbook);
}
