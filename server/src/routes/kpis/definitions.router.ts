import { KpiChanges, KpiDefinition, NewKpi } from '@civicstat/shared';
import { kpiLifecycle } from '../../services/writes/kpis';
import type { ApiRoutes } from '../define';
import { lifecycleRoutes } from '../lifecycle';
import type { WriteContextOf } from '../writeContext';

/**
 * KPI definitions (budget office). GET /kpis/:id serves the version to edit from; an archived
 * KPI leaves lists and roll-ups until it is restored.
 */
export function kpiDefinitionRoutes(api: ApiRoutes, writerOf: WriteContextOf): void {
  lifecycleRoutes(api, writerOf, {
    path: '/kpis',
    tag: 'KPIs',
    noun: 'KPI',
    access: ['budget_office'],
    create: NewKpi,
    changes: KpiChanges,
    resource: KpiDefinition,
    lifecycle: kpiLifecycle,
  });
}
