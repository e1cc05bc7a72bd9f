/**
 * Declares the writes every versioned resource has: create (201, ETag), change (PATCH with
 * If-Match), archive and restore (POST with If-Match). Each answers the stored resource with
 * `ETag: "<version>"`.
 */
import { IdParams } from '@civicstat/shared';
import type { z } from 'zod';
import {
  createVersioned,
  setArchived,
  updateVersioned,
  type Lifecycle,
  type StoredRow,
} from '../services/writes/lifecycle';
import { requiredVersion, setVersion } from '../services/versioning';
import type { Access, ApiRoutes } from './define';
import type { WriteContextOf } from './writeContext';

type Versioned = { id: number; version: number };

export interface LifecycleRoutes<
  C extends z.ZodType,
  U extends z.ZodType,
  R extends z.ZodType<Versioned>,
> {
  /** The collection, relative to /api/v1: `/departments`. */
  path: string;
  tag: string;
  /** "department", for the summaries in the API document. */
  noun: string;
  access: Access;
  create: C;
  changes: U;
  resource: R;
  lifecycle: Lifecycle<StoredRow, z.infer<R>, z.infer<C>, z.infer<U>>;
}

// The handlers' results are z.infer<R>; `as never` only because TypeScript cannot resolve
// ApiRoutes.add's conditional return type for a generic R.
const versionNote =
  'Send If-Match with the version (ETag) you loaded: 428 without it, 412 with the current resource when someone changed it since.';

export function lifecycleRoutes<
  C extends z.ZodType,
  U extends z.ZodType,
  R extends z.ZodType<Versioned>,
>(api: ApiRoutes, writerOf: WriteContextOf, spec: LifecycleRoutes<C, U, R>): void {
  const { path, tag, noun, access, lifecycle } = spec;
  const common = { tag, access, response: spec.resource };

  api.add(
    {
      ...common,
      method: 'post',
      path,
      summary: `Create a ${noun}`,
      body: spec.create,
      status: 201,
    },
    async ({ body, req, res }) => {
      const created = await createVersioned(writerOf(req), lifecycle, body);
      res.location(`/api/v1${path}/${created.id}`);
      setVersion(res, created.version);
      return created as never;
    },
  );

  api.add(
    {
      ...common,
      method: 'patch',
      path: `${path}/:id`,
      summary: `Change a ${noun}: only the fields sent`,
      description: versionNote,
      params: IdParams,
      body: spec.changes,
    },
    async ({ params, body, req, res }) => {
      const version = requiredVersion(req);
      const updated = await updateVersioned(writerOf(req), lifecycle, params.id, version, body);
      setVersion(res, updated.version);
      return updated as never;
    },
  );

  for (const archive of [true, false]) {
    api.add(
      {
        ...common,
        method: 'post',
        path: `${path}/:id/${archive ? 'archive' : 'restore'}`,
        summary: archive
          ? `Archive a ${noun}: it leaves lists and roll-ups, and can be restored`
          : `Restore an archived ${noun}`,
        description: versionNote,
        params: IdParams,
      },
      async ({ params, req, res }) => {
        const version = requiredVersion(req);
        const result = await setArchived(writerOf(req), lifecycle, params.id, version, archive);
        setVersion(res, result.version);
        return result as never;
      },
    );
  }
}
