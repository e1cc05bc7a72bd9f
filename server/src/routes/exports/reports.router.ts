/** The budget office's performance report workbook: one sheet per goal, for the budget book. */
import { AsOfQuery } from '@civicstat/shared';
import {
  performanceReportFilename,
  performanceReportXlsx,
} from '../../presenters/exports/performanceReport';
import { readPerformanceReport } from '../../services/exports/performanceReport';
import type { ApiRoutes } from '../define';
import type { ReadContextOf } from '../readContext';
import { sendFile, XLSX_TYPE } from './download';

export function reportRoutes(api: ApiRoutes, contextOf: ReadContextOf): void {
  api.get(
    {
      path: '/reports/performance.xlsx',
      tag: 'Reports',
      access: ['budget_office', 'admin'],
      summary: 'The performance report: a workbook with a summary sheet and one sheet per goal',
      description: [
        'An XLSX workbook for the budget office, as of today or the end of fiscal year `fy`:',
        'a "Summary" sheet with each goal’s KPIs counted by status and its share on track, then',
        'a sheet per goal of the active plan listing each KPI (objective, code, name, department,',
        'unit, FY target, FYTD value and target, FYTD status, status, trend, latest period and',
        'value) with statuses and trends in words, numbers as number cells and periods as dates.',
        '`Content-Disposition: attachment; filename="performance-report-FY<fy>-<as-of date>.xlsx"`.',
      ].join(' '),
      query: AsOfQuery,
      status: 200,
      maxAge: 0,
      alternateContent: { [XLSX_TYPE]: 'The performance report workbook' },
    },
    async ({ query, req, res }) => {
      const context = contextOf(req);
      const report = await readPerformanceReport(context, query.fy);
      const body = await performanceReportXlsx(report, new Date(`${context.today}T00:00:00Z`));
      sendFile(req, res, 'xlsx', performanceReportFilename(report), body, 0);
    },
  );
}
