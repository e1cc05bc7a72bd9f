/**
 * An import's life after the upload: the dry run (check) and the commit, all-or-nothing in one
 * transaction, audited value by value and once for the import as a whole. Both read the uploaded
 * file again from disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  ImportOptions,
  requiredCatalogImportFields,
  requiredMeasurementImportFields,
  type ImportCheckInput,
  type ImportMapping,
} from '@civicstat/shared';
import type { Knex } from 'knex';
import type { Actor } from '../../actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors';
import {
  findImport,
  lockImport,
  rememberMapping,
  updateImport,
  type ImportRecord,
} from '../../queries/imports';
import { recordAudit } from '../audit';
import { lockRaceAsConflict } from '../measurements/guards';
import type { WriteContext } from '../writeContext';
import { columnsOf, MappedRow } from './cells';
import { fieldsOf } from './guessMapping';
import { importCatalog } from './importCatalog';
import { importMeasurements } from './importMeasurements';
import type { ImportPass } from './importPass';
import { readTable, type StoredFile } from './readTable';
import { ReportWriter } from './report';

export const importDirOf = (dataDir: string) => path.join(dataDir, 'imports');

export function filesOf(dir: string, record: Pick<ImportRecord, 'id' | 'file_type'>) {
  return {
    upload: path.join(dir, `${record.id}.${record.file_type}`),
    report: path.join(dir, `${record.id}.report.ndjson`),
  };
}

/** Only its owner sees an import; the catalog is the budget office's. */
export async function loadOwnImport(db: Knex, actor: Actor, id: number): Promise<ImportRecord> {
  const record = await findImport(db, id);
  if (!record || record.user_id !== actor.userId)
    throw new NotFoundError(`There is no import ${id}.`);
  assertMayImport(actor, record.kind);
  return record;
}

export function assertMayImport(actor: Actor, kind: ImportRecord['kind']): void {
  if (kind === 'catalog' && actor.role !== 'budget_office') {
    throw new ForbiddenError('Only the budget office imports the KPI catalog.');
  }
}

function sheetOf(record: ImportRecord, wanted: string | undefined) {
  const sheet = wanted ? record.sheets.find((s) => s.name === wanted) : record.sheets[0];
  if (!sheet) {
    throw new ValidationError([
      { path: 'body.sheet', message: `the file has no sheet "${wanted}"` },
    ]);
  }
  return sheet;
}

function assertMapping(
  record: ImportRecord,
  headers: string[],
  mapping: ImportMapping,
  options: ImportOptions,
): void {
  const fields = fieldsOf(record.kind);
  const errors: Array<{ path: string; message: string }> = [];
  for (const [field, header] of Object.entries(mapping)) {
    if (!fields.includes(field))
      errors.push({ path: `body.mapping.${field}`, message: 'is not a field of this import' });
    else if (header !== null && !headers.includes(header)) {
      errors.push({
        path: `body.mapping.${field}`,
        message: `the sheet has no column "${header}"`,
      });
    }
  }
  const required =
    record.kind === 'measurements' ? requiredMeasurementImportFields : requiredCatalogImportFields;
  for (const field of required) {
    if (field === 'kpi' && options.kpi) continue;
    if (!mapping[field])
      errors.push({ path: `body.mapping.${field}`, message: 'choose the column that holds it' });
  }
  if (errors.length > 0) {
    throw new ValidationError(errors, `Map the columns: ${errors.map((e) => e.path).join(', ')}.`);
  }
}

async function* mappedRows(file: StoredFile, sheet: string | null, mapping: ImportMapping) {
  let columns: Map<string, number> | undefined;
  for await (const { row, cells } of readTable(file, sheet)) {
    if (!columns) {
      columns = columnsOf(cells, mapping);
      continue;
    }
    yield new MappedRow(row, cells, columns, mapping);
  }
}

interface RunOptions {
  dir: string;
  onProgress?: (processed: number, total: number) => void;
}

function passOf(
  context: WriteContext,
  db: Knex,
  record: ImportRecord,
  commit: boolean,
  report: ReportWriter,
  { dir, onProgress }: RunOptions,
): ImportPass {
  const file: StoredFile = {
    path: filesOf(dir, record).upload,
    type: record.file_type,
    encoding: record.encoding as StoredFile['encoding'],
  };
  const mapping = record.mapping ?? {};
  const total = sheetOf(record, record.sheet ?? undefined).rows;
  return {
    db,
    actor: context.actor,
    fiscalYearStartMonth: context.fiscalYearStartMonth,
    today: context.today,
    now: context.now,
    mapping,
    options: ImportOptions.parse(record.options ?? {}),
    commit,
    report,
    rows: () => mappedRows(file, record.file_type === 'csv' ? null : record.sheet, mapping),
    progress: (processed) => onProgress?.(Math.min(processed, total), total),
  };
}

const run = (pass: ImportPass, kind: ImportRecord['kind']) =>
  kind === 'measurements' ? importMeasurements(pass) : importCatalog(pass);

function assertStillOnDisk(dir: string, record: ImportRecord): void {
  if (!fs.existsSync(filesOf(dir, record).upload)) {
    throw new ConflictError('The uploaded file is no longer kept on the server: upload it again.');
  }
}

/** The dry run: checks every row, writes the report, changes nothing else. */
export async function checkImport(
  context: WriteContext,
  id: number,
  input: ImportCheckInput,
  options: RunOptions,
): Promise<ImportRecord> {
  const { db, actor, now } = context;
  const record = await loadOwnImport(db, actor, id);
  if (record.state === 'committed') throw new ConflictError('This import is already committed.');
  assertStillOnDisk(options.dir, record);
  const sheet = sheetOf(record, input.sheet);
  const importOptions = ImportOptions.parse(input.options ?? {});
  assertMapping(record, sheet.headers, input.mapping, importOptions);
  await rememberMapping(db, actor.userId, record.kind, input.mapping, input.options ?? {}, now);
  const prepared: ImportRecord = {
    ...record,
    sheet: sheet.name,
    mapping: input.mapping,
    options: input.options ?? {},
  };
  const report = new ReportWriter(filesOf(options.dir, record).report);
  try {
    await run(passOf(context, db, prepared, false, report, options), record.kind);
  } catch (error) {
    await report.discard();
    throw error;
  }
  await report.close();
  return updateImport(db, id, {
    sheet: sheet.name,
    mapping: input.mapping,
    options: input.options ?? {},
    state: 'checked',
    counts: report.counts,
    checked_at: now,
  });
}

class RowsRejected extends Error {}

/** Writes the checked file in one transaction, checking every row again inside it. */
export async function commitImport(
  context: WriteContext,
  id: number,
  options: RunOptions,
): Promise<ImportRecord> {
  const { db, actor, now } = context;
  const record = await loadOwnImport(db, actor, id);
  if (record.state === 'committed') throw new ConflictError('This import is already committed.');
  if (record.state !== 'checked') throw new ConflictError('Run the dry run before committing.');
  if ((record.counts?.rowsWithErrors ?? 0) > 0) {
    throw new ValidationError(
      [{ path: 'file', message: `${record.counts?.rowsWithErrors} rows have errors` }],
      `The dry run found errors in ${record.counts?.rowsWithErrors} rows: fix the file and upload it again. Nothing was imported.`,
      422,
    );
  }
  assertStillOnDisk(options.dir, record);
  const report = new ReportWriter(filesOf(options.dir, record).report);
  let committed: ImportRecord;
  try {
    committed = await lockRaceAsConflict(() =>
      db.transaction(async (trx) => {
        const locked = await lockImport(trx, id);
        if (locked?.state !== 'checked')
          throw new ConflictError('This import is already committed.');
        await run(passOf(context, trx, locked, true, report, options), record.kind);
        if (report.counts.rowsWithErrors > 0) throw new RowsRejected();
        const { counts } = report;
        await recordAudit(trx, {
          actor,
          action: 'import',
          entity: 'import',
          entityId: id,
          after: {
            kind: record.kind,
            fileName: record.file_name,
            rows: counts.created + counts.updated + counts.unchanged,
            created: counts.created,
            updated: counts.updated,
            unchanged: counts.unchanged,
            ...(record.kind === 'catalog' ? { departmentsCreated: counts.departmentsCreated } : {}),
          },
          at: now,
        });
        return updateImport(trx, id, {
          state: 'committed',
          counts,
          committed_at: now,
        });
      }),
    );
  } catch (error) {
    if (!(error instanceof RowsRejected)) {
      // Stopped part-way (a conflict, a database error): the dry run's report stays the one shown.
      await report.discard();
      throw error;
    }
    await report.close();
    await updateImport(db, id, { counts: report.counts });
    const first = report.firstErrors[0];
    throw new ConflictError(
      `Nothing was imported: ${report.counts.rowsWithErrors} rows no longer pass their checks${first ? ` (row ${first.row}, ${first.column}: ${first.message})` : ''}. The report shows them; fix the file and upload it again.`,
      { counts: report.counts },
    );
  }
  await report.close();
  await fs.promises.rm(filesOf(options.dir, record).upload, { force: true });
  return committed;
}
