import { AnnotationChanges, IdParams, NewAnnotation, VersionedAnnotation } from '@civicstat/shared';
import type { Db } from '../../db/database';
import { presentAnnotation, type AnnotationRecord } from '../../presenters/curation';
import { setVersion } from '../../services/versioning';
import { annotationLifecycle } from '../../services/writes/annotations';
import { findRecord } from '../../services/writes/records';
import type { ApiRoutes } from '../define';
import { lifecycleRoutes } from '../lifecycle';
import type { WriteContextOf } from '../writeContext';

/** Annotations (budget office). Charts read them through GET /kpis/:id. */
export function annotationRoutes(api: ApiRoutes, db: Db, writerOf: WriteContextOf): void {
  api.get(
    {
      path: '/annotations/:id',
      tag: 'Annotations',
      access: 'signed_in',
      summary: 'One annotation as stored, archived or not, with its version (ETag) to edit it',
      params: IdParams,
      response: VersionedAnnotation,
      maxAge: 0,
    },
    async ({ params, res }) => {
      const row = await findRecord<AnnotationRecord>(db, 'annotations', params.id, 'annotation');
      setVersion(res, row.version);
      return presentAnnotation(row);
    },
  );

  lifecycleRoutes(api, writerOf, {
    path: '/annotations',
    tag: 'Annotations',
    noun: 'annotation',
    access: ['budget_office'],
    create: NewAnnotation,
    changes: AnnotationChanges,
    resource: VersionedAnnotation,
    lifecycle: annotationLifecycle,
  });
}
