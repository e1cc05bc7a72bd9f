/**
 * The reads behind the staff workspaces: a department's worksheet for a month (entry), the
 * review queue (the budget office) and the missing and overdue data report. Staff only.
 */
import {
  IdParams,
  OverdueReport,
  OverdueReportQuery,
  ReviewQueue,
  ReviewQueueQuery,
  Worksheet,
  WorksheetQuery,
} from '@civicstat/shared';
import { readOverdueReport } from '../../services/workspace/overdueReport';
import { readReviewQueue } from '../../services/workspace/reviewQueue';
import { readWorksheet } from '../../services/workspace/worksheet';
import type { ApiRoutes } from '../define';
import type { ReadContextOf } from '../readContext';

const tag = 'Staff workspaces';

export function workspaceRoutes(api: ApiRoutes, contextOf: ReadContextOf): void {
  api.get(
    {
      path: '/departments/:id/worksheet',
      tag,
      access: 'signed_in',
      summary: "A department's worksheet: the values due for a month, to enter and submit",
      description: [
        'One row per live KPI of the department whose period ends in the month (monthly KPIs',
        'every month, quarterly ones in the fiscal quarter’s last month, annual ones in the fiscal',
        'year’s last month), by KPI code, with the period’s target, the stored value in any state',
        '(its `version` goes in If-Match), the previous period’s value, whether a lock covers it,',
        'and when it is due (30 days after the period ends). `month` is any date of the month;',
        'by default the last month that has ended.',
      ].join(' '),
      params: IdParams,
      query: WorksheetQuery,
      response: Worksheet,
      maxAge: 0,
    },
    async ({ params, query, req }) => readWorksheet(contextOf(req), params.id, query.month),
  );

  api.get(
    {
      path: '/measurements',
      tag,
      access: 'signed_in',
      summary: 'Stored values by workflow state: the review queue and the history of submissions',
      description: [
        'Values of live KPIs, filtered by `state` (repeated or comma-separated), `department` and',
        '`kpi`, each with its KPI, the target of its period, its status against that target and',
        'the value of the period before. `sort=period` orders by department name, KPI code and',
        'period; `sort=recent` by the latest of entered, submitted and reviewed, newest first.',
      ].join(' '),
      query: ReviewQueueQuery,
      response: ReviewQueue,
      maxAge: 0,
    },
    async ({ query, req }) => readReviewQueue(contextOf(req), query),
  );

  api.get(
    {
      path: '/reports/overdue',
      tag,
      access: 'signed_in',
      summary: 'Missing and overdue data: ended periods without an approved value, by department',
      description: [
        'Every period of the fiscal year (`fy`, the current one by default) that has ended, for',
        'every live monthly, quarterly or annual KPI, whose value is missing or not yet approved;',
        '`overdue` once today is more than 30 days past the period’s end. Departments with',
        'nothing outstanding are left out.',
      ].join(' '),
      query: OverdueReportQuery,
      response: OverdueReport,
      maxAge: 0,
    },
    async ({ query, req }) => readOverdueReport(contextOf(req), query.fy),
  );
}
