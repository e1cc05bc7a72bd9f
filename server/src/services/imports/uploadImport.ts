/**
 * Receiving an import's file: one multipart/form-data part, streamed to disk under the data
 * directory (never held in memory), refused past the size limit, then read once to list its
 * sheets, headers and rows (and to detect a CSV file's encoding).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { Request } from 'express';
import type { Knex } from 'knex';
import type { ImportUploadQuery } from '@civicstat/shared';
import type { Actor } from '../../actor';
import { HttpError, ValidationError } from '../../errors';
import { insertImport, rememberedMapping, type ImportRecord } from '../../queries/imports';
import { detectEncoding } from './decodeText';
import { describeTable, type FileType } from './readTable';
import { assertMayImport, filesOf } from './runImport';

const STALE_MS = 24 * 60 * 60 * 1000;

export function tooLarge(maxBytes: number): HttpError {
  const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return new HttpError(
    413,
    'payload-too-large',
    'Payload Too Large',
    `The file is larger than the import limit of ${mb} MB (IMPORT_MAX_MB). Split it, or ask the administrator to raise the limit.`,
  );
}

const unsupported = (detail: string) =>
  new HttpError(415, 'unsupported-media-type', 'Unsupported Media Type', detail);

function typeOf(fileName: string, mimeType: string): FileType | null {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.csv' || (ext === '.txt' && mimeType === 'text/csv')) return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  return null;
}

/** Uploads abandoned for a day are removed when the next one arrives. */
async function removeStale(dir: string, now: number): Promise<void> {
  for (const name of await fs.promises.readdir(dir)) {
    const file = path.join(dir, name);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (stat && now - stat.mtimeMs > STALE_MS) await fs.promises.rm(file, { force: true });
  }
}

interface Received {
  tempPath: string;
  fileName: string;
  type: FileType;
  size: number;
}

function receive(req: Request, dir: string, maxBytes: number): Promise<Received> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maxBytes, fields: 10 },
      });
    } catch {
      reject(unsupported('Send the file as multipart/form-data, in a field named "file".'));
      return;
    }
    let received: Promise<Received> | undefined;
    let failure: Error | undefined;
    const fail = (error: Error) => {
      failure ??= error;
    };
    parser.on('file', (_field: string, stream: Readable, info: busboy.FileInfo) => {
      const type = typeOf(info.filename ?? '', info.mimeType);
      if (received || !type) {
        if (!type) {
          fail(unsupported(`"${info.filename}" is not a CSV (.csv) or Excel (.xlsx) file.`));
        }
        stream.resume();
        return;
      }
      const tempPath = path.join(dir, `upload-${randomBytes(8).toString('hex')}.part`);
      let size = 0;
      stream.on('data', (chunk: Buffer) => (size += chunk.length));
      stream.on('limit', () => fail(tooLarge(maxBytes)));
      received = pipeline(stream, fs.createWriteStream(tempPath)).then(() => ({
        tempPath,
        fileName: path.basename(info.filename ?? 'upload'),
        type,
        size,
      }));
      received.catch(() => {});
    });
    parser.on('filesLimit', () =>
      fail(new ValidationError([{ path: 'file', message: 'send one file' }])),
    );
    parser.on('error', (error: Error) =>
      reject(new ValidationError([{ path: 'file', message: error.message }])),
    );
    parser.on('close', () => {
      void (async () => {
        const file = await received?.catch((error: Error) => fail(error));
        if (failure || !file) {
          if (file) await fs.promises.rm(file.tempPath, { force: true });
          reject(
            failure ??
              new ValidationError(
                [{ path: 'file', message: 'send a file in the field "file"' }],
                'Send a file in the field "file".',
              ),
          );
          return;
        }
        resolve(file);
      })();
    });
    req.pipe(parser);
  });
}

export async function uploadImport(
  req: Request,
  {
    db,
    actor,
    dir,
    maxBytes,
    now,
    query,
  }: {
    db: Knex;
    actor: Actor;
    dir: string;
    maxBytes: number;
    now: Date;
    query: ImportUploadQuery;
  },
): Promise<{ record: ImportRecord; remembered: Awaited<ReturnType<typeof rememberedMapping>> }> {
  assertMayImport(actor, query.kind);
  if (!req.is('multipart/form-data')) {
    throw unsupported('Send the file as multipart/form-data, in a field named "file".');
  }
  if (Number(req.get('content-length') ?? 0) > maxBytes + 64 * 1024) throw tooLarge(maxBytes);
  await fs.promises.mkdir(dir, { recursive: true });
  await removeStale(dir, now.getTime());
  const file = await receive(req, dir, maxBytes);
  try {
    const encoding =
      file.type === 'csv' ? await detectEncoding(file.tempPath, query.encoding) : null;
    const sheets = await describeTable({ path: file.tempPath, type: file.type, encoding });
    const record = await insertImport(db, {
      user_id: actor.userId,
      kind: query.kind,
      file_name: file.fileName,
      file_type: file.type,
      size_bytes: file.size,
      encoding,
      sheets,
      total_rows: sheets[0]?.rows ?? 0,
      created_at: now,
    });
    await fs.promises.rename(file.tempPath, filesOf(dir, record).upload);
    return { record, remembered: await rememberedMapping(db, actor.userId, query.kind) };
  } finally {
    await fs.promises.rm(file.tempPath, { force: true });
  }
}
