import {
  BulkTargetsRequest,
  BulkTargetsResult,
  FiscalYearParams,
  IdParams,
  KpiPeriodTargetParams,
  KpiTarget,
  KpiTargetList,
  KpiTargetPage,
  KpiTargetParams,
  TargetRequest,
  TargetsOfYearQuery,
} from '@civicstat/shared';
import type { Db } from '../../db/database';
import { setVersion } from '../../services/versioning';
import { setFiscalYearTargets } from '../../services/writes/bulkTargets';
import { listTargets, listTargetsOfYear } from '../../services/targets';
import { setTarget } from '../../services/writes/targets';
import type { ApiRoutes } from '../define';
import { ifMatchOf, type WriteContextOf } from '../writeContext';

const budgetOffice = ['budget_office'] as const;

export function targetRoutes(api: ApiRoutes, db: Db, writerOf: WriteContextOf): void {
  api.get(
    {
      path: '/kpis/:id/targets',
      tag: 'Targets',
      access: 'signed_in',
      summary: "A KPI's targets as stored, by fiscal year and period, each with its version",
      params: IdParams,
      response: KpiTargetList,
      maxAge: 0,
    },
    async ({ params }) => listTargets(db, params.id),
  );

  api.add(
    {
      method: 'put',
      path: '/kpis/:id/targets/:fiscalYear',
      tag: 'Targets',
      access: budgetOffice,
      summary:
        "Set a KPI's target for a fiscal year of the active plan: { target } or { low, high }",
      description:
        'A range KPI takes { low, high }, any other { target }. Replacing a target needs If-Match with its version.',
      params: KpiTargetParams,
      body: TargetRequest,
      response: KpiTarget,
    },
    async ({ params, body, req, res }) => {
      const target = await setTarget(writerOf(req), {
        kpiId: params.id,
        fiscalYear: params.fiscalYear,
        periodStart: null,
        value: body,
        version: ifMatchOf(req),
      });
      setVersion(res, target.version);
      return target;
    },
  );

  api.add(
    {
      method: 'put',
      path: '/kpis/:id/targets/:fiscalYear/periods/:periodStart',
      tag: 'Targets',
      access: budgetOffice,
      summary: "Override a KPI's target for one period of a fiscal year",
      description:
        'periodStart is the first day of one of the KPI’s periods in that fiscal year. Replacing an override needs If-Match with its version.',
      params: KpiPeriodTargetParams,
      body: TargetRequest,
      response: KpiTarget,
    },
    async ({ params, body, req, res }) => {
      const target = await setTarget(writerOf(req), {
        kpiId: params.id,
        fiscalYear: params.fiscalYear,
        periodStart: params.periodStart,
        value: body,
        version: ifMatchOf(req),
      });
      setVersion(res, target.version);
      return target;
    },
  );

  api.get(
    {
      path: '/targets/:fiscalYear',
      tag: 'Targets',
      access: 'signed_in',
      summary:
        "Every KPI's targets for one fiscal year as stored (the year's and any period's), each with its version",
      params: FiscalYearParams,
      query: TargetsOfYearQuery,
      response: KpiTargetPage,
      maxAge: 0,
    },
    async ({ params, query }) => listTargetsOfYear(db, params.fiscalYear, query),
  );

  api.add(
    {
      method: 'put',
      path: '/targets/:fiscalYear',
      tag: 'Targets',
      access: budgetOffice,
      summary: "Set many KPIs' targets for one fiscal year, all or nothing",
      description:
        'Any bad row refuses the whole request (422, errors naming body.targets.<index>.<field>) and stores nothing. A row replacing a target sends its version.',
      params: FiscalYearParams,
      body: BulkTargetsRequest,
      response: BulkTargetsResult,
    },
    async ({ params, body, req }) =>
      setFiscalYearTargets(writerOf(req), params.fiscalYear, body.targets),
  );
}
