/** Reading the audit trail: all of it, filtered, or one value's revisions. */
import { AuditList, AuditQuery, MeasurementHistory, MeasurementParams } from '@civicstat/shared';
import type { Db } from '../../db/database';
import { readAuditTrail } from '../../services/auditTrail';
import { getMeasurementHistory } from '../../services/measurements/readMeasurements';
import type { ApiRoutes } from '../define';

export function auditRoutes(api: ApiRoutes, db: Db): void {
  api.add(
    {
      method: 'get',
      path: '/audit',
      tag: 'Audit',
      access: 'signed_in',
      summary: 'The audit trail, newest first: who changed what, when, before and after',
      query: AuditQuery,
      response: AuditList,
      maxAge: 0,
    },
    async ({ query }) => {
      const { entries, total } = await readAuditTrail(db, query);
      return { data: entries, page: { limit: query.limit, offset: query.offset, total } };
    },
  );

  api.add(
    {
      method: 'get',
      path: '/kpis/:id/measurements/:periodStart/history',
      tag: 'Measurements',
      access: 'signed_in',
      summary: 'Every revision of one value, oldest first, with who made it (from the audit trail)',
      params: MeasurementParams,
      response: MeasurementHistory,
      maxAge: 0,
    },
    async ({ params }) => ({
      data: await getMeasurementHistory(db, params.id, params.periodStart),
    }),
  );
}
