/** Annotations on KPI charts ("DSC opens", "new permit system"), kept by the budget office. */
import type { AnnotationChanges, NewAnnotation, VersionedAnnotation } from '@civicstat/shared';
import { presentAnnotation, type AnnotationRecord } from '../../presenters/curation';
import { definedOnly, type Lifecycle } from './lifecycle';
import { requireLive } from './references';

export const annotationLifecycle: Lifecycle<
  AnnotationRecord,
  VersionedAnnotation,
  NewAnnotation,
  AnnotationChanges
> = {
  table: 'annotations',
  entity: 'annotation',
  noun: 'annotation',
  columns: (fields) =>
    definedOnly({
      kpi_id: fields.kpiId,
      date: fields.date,
      label: fields.label,
      description: fields.description,
    }),
  present: async (_trx, row) => presentAnnotation(row),
  checkCreate: async (trx, fields) => {
    if (fields.kpiId) await requireLive(trx, 'kpis', fields.kpiId, 'body.kpiId', 'KPI');
  },
  checkUpdate: async (trx, _row, changes) => {
    if (changes.kpiId) await requireLive(trx, 'kpis', changes.kpiId, 'body.kpiId', 'KPI');
  },
};
