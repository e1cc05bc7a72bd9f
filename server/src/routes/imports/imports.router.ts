/**
 * Imports of measurements (department heads, budget office) and of the KPI catalog (budget
 * office): upload → map → dry run → commit. The upload is multipart, so it is an Express
 * handler of its own, mounted before the JSON body parser; the rest are ordinary API routes.
 */
import {
  Import,
  ImportCheckInput,
  ImportParams,
  ImportRowsPage,
  ImportRowsQuery,
  ImportUploadQuery,
  type ImportProgressLine,
} from '@civicstat/shared';
import type { Request, RequestHandler, Response } from 'express';
import { UnauthorizedError, ForbiddenError, ValidationError } from '../../errors';
import { problemOf } from '../../middleware/problem';
import { presentImport } from '../../presenters/import';
import { rememberedMapping, type ImportRecord } from '../../queries/imports';
import { readReportPage, totalOf } from '../../services/imports/report';
import {
  checkImport,
  commitImport,
  filesOf,
  importDirOf,
  loadOwnImport,
} from '../../services/imports/runImport';
import { uploadImport } from '../../services/imports/uploadImport';
import type { ApiRoutes } from '../define';
import { writeContextOf, type AppServices } from '../writeContext';

const importers = ['department_head', 'budget_office'] as const;

/** POST /api/v1/imports?kind=measurements|catalog&encoding=auto, with the file in the part "file". */
export function importUploadHandler({ db, config, clock }: AppServices): RequestHandler {
  return async (req, res) => {
    if (!req.actor) throw new UnauthorizedError();
    if (!(importers as readonly string[]).includes(req.actor.role)) {
      throw new ForbiddenError(`This needs the role ${importers.join(' or ')}.`);
    }
    const query = ImportUploadQuery.safeParse(req.query);
    if (!query.success) {
      throw new ValidationError(
        query.error.issues.map((issue) => ({
          path: ['query', ...issue.path].join('.'),
          message: issue.message,
        })),
        'Invalid parameters.',
      );
    }
    const { record, remembered } = await uploadImport(req, {
      db,
      actor: req.actor,
      dir: importDirOf(config.dataDir),
      maxBytes: config.importMaxBytes,
      now: clock(),
      query: query.data,
    });
    res.set('Cache-Control', 'no-store');
    res.status(201).json(presentImport(record, remembered));
  };
}

const wantsStream = (req: Request) => (req.get('Accept') ?? '').includes('application/x-ndjson');

/**
 * Runs a dry run or commit. With `Accept: application/x-ndjson` the answer is a stream of
 * progress lines and then the import (or the error), so the screen can show a progress bar
 * without polling a database the commit's transaction may be holding.
 */
async function runWithProgress(
  req: Request,
  res: Response,
  work: (onProgress: (processed: number, total: number) => void) => Promise<ImportRecord>,
): Promise<Import> {
  if (!wantsStream(req)) return presentImport(await work(() => {}));
  res.status(200).set({ 'Content-Type': 'application/x-ndjson', 'Cache-Control': 'no-store' });
  res.flushHeaders();
  const send = (line: ImportProgressLine) => res.write(`${JSON.stringify(line)}\n`);
  let last = 0;
  try {
    const record = await work((processed, total) => {
      if (Date.now() - last < 200) return;
      last = Date.now();
      send({ progress: { processed, total } });
    });
    send({ import: presentImport(record) });
  } catch (error) {
    // The same problem the answer would have been without the stream.
    const problem = problemOf(error);
    if (problem.status >= 500) req.log?.error({ err: error }, 'import failed');
    send({ error: { status: problem.status, title: problem.title, detail: problem.message } });
  }
  res.end();
  return undefined as never;
}

export function importRoutes(api: ApiRoutes, services: AppServices): void {
  const contextOf = writeContextOf(services);
  const dir = importDirOf(services.config.dataDir);

  api.add(
    {
      method: 'get',
      path: '/imports/:id',
      tag: 'Imports',
      access: importers,
      summary: 'An upload of yours: its sheets and headers, mapping, state and counts',
      params: ImportParams,
      response: Import,
      maxAge: 0,
    },
    async ({ params, req }) => {
      const actor = contextOf(req).actor;
      const record = await loadOwnImport(services.db, actor, params.id);
      return presentImport(record, await rememberedMapping(services.db, actor.userId, record.kind));
    },
  );

  api.add(
    {
      method: 'get',
      path: '/imports/:id/rows',
      tag: 'Imports',
      access: importers,
      summary: 'The report of the last dry run or commit, a page of rows at a time',
      description:
        'Each data row (row 1 is the header) with its outcome (create, update, unchanged, error) and its errors by column; `outcome` filters.',
      params: ImportParams,
      query: ImportRowsQuery,
      response: ImportRowsPage,
      maxAge: 0,
    },
    async ({ params, query, req }) => {
      const record = await loadOwnImport(services.db, contextOf(req).actor, params.id);
      const data = await readReportPage(
        filesOf(dir, record).report,
        query.outcome,
        query.limit,
        query.offset,
      );
      return {
        data,
        page: {
          limit: query.limit,
          offset: query.offset,
          total: totalOf(record.counts, query.outcome),
        },
      };
    },
  );

  api.add(
    {
      method: 'post',
      path: '/imports/:id/check',
      tag: 'Imports',
      access: importers,
      summary: 'Dry run: check every row against the mapping; nothing is written',
      description:
        'Remembers the mapping for your next import. `Accept: application/x-ndjson` streams progress lines first.',
      params: ImportParams,
      body: ImportCheckInput,
      response: Import,
    },
    async ({ params, body, req, res }) => {
      const context = contextOf(req);
      return runWithProgress(req, res, (onProgress) =>
        checkImport(context, params.id, body, { dir, onProgress }),
      );
    },
  );

  api.add(
    {
      method: 'post',
      path: '/imports/:id/commit',
      tag: 'Imports',
      access: importers,
      summary:
        'Commit a checked import: all rows or none, in one transaction, audited as one import',
      description:
        'Every row is checked again inside the transaction; one that no longer passes (a period locked since the dry run) leaves everything unwritten (409).',
      params: ImportParams,
      response: Import,
    },
    async ({ params, req, res }) => {
      const context = contextOf(req);
      return runWithProgress(req, res, (onProgress) =>
        commitImport(context, params.id, { dir, onProgress }),
      );
    },
  );
}
