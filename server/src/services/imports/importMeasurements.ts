/**
 * The measurements import's one pass over the file, shared by the dry run and the commit: each
 * row is checked (KPI, period, value, duplicates, locks, department, workflow state), compared
 * with what is stored, reported, and — when committing — written in bulk, a batch at a time.
 */
import {
  editableStates,
  isPeriodLocked,
  periodLockLabel,
  periodLockRange,
  resolvePeriodStart,
  type ImportRowReport,
  type KpiFrequency,
} from '@civicstat/shared';
import type { Knex } from 'knex';
import { canEnterMeasurements, canReviewMeasurements } from '../../policies/measurement';
import { snapshotOf } from '../../presenters/measurement';
import {
  recordColumns,
  recordFields,
  type MeasurementRecord,
} from '../../queries/storedMeasurements';
import { recordAudits } from '../audit';
import type { MappedRow } from './cells';
import type { ImportPass } from './importPass';

const BATCH = 1000;

interface KpiRef {
  id: number;
  code: string;
  name: string;
  department_id: number;
  frequency: KpiFrequency;
  min_value: number | null;
  max_value: number | null;
  archived_at: Date | null;
}

interface Content {
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string;
}

/** A row that passed its own checks, waiting for the stored values of its batch. */
interface Pending {
  row: number;
  kpi: KpiRef;
  periodStart: string;
  /** Fields the file leaves out keep their stored value. */
  content: Partial<Content> & { value: number };
  report: ImportRowReport;
}

type Entry = { ready: ImportRowReport } | { pending: Pending };

async function loadKpis(db: Knex) {
  const kpis = (await db('kpis').select(
    'id',
    'code',
    'name',
    'department_id',
    'frequency',
    'min_value',
    'max_value',
    'archived_at',
  )) as KpiRef[];
  const byCode = new Map<string, KpiRef>();
  const byName = new Map<string, KpiRef | 'ambiguous'>();
  for (const kpi of kpis) {
    byCode.set(kpi.code.toUpperCase(), kpi);
    const name = kpi.name.trim().toLowerCase();
    byName.set(name, byName.has(name) ? 'ambiguous' : kpi);
  }
  return { byCode, byName };
}

async function loadLocks(db: Knex, fiscalYearStartMonth: number) {
  const rows = (await db('period_locks').select('fiscal_year', 'quarter')) as Array<{
    fiscal_year: number;
    quarter: number | null;
  }>;
  return rows.map((lock) => ({
    label: periodLockLabel(lock.fiscal_year, lock.quarter),
    ...periodLockRange(lock.fiscal_year, lock.quarter, fiscalYearStartMonth),
  }));
}

async function storedOf(db: Knex, batch: Pending[]): Promise<Map<string, MeasurementRecord>> {
  const stored = new Map<string, MeasurementRecord>();
  if (batch.length === 0) return stored;
  // The join alone is planned as a scan of every stored measurement per batch (the planner
  // cannot see the VALUES' keys); these bounds, implied by the join, let it use the index.
  const kpiIds = [...new Set(batch.map((p) => p.kpi.id))];
  const periods = batch.map((p) => p.periodStart).sort();
  const rows = (await db('measurements as m')
    .join(
      db.raw(
        `(values ${batch.map(() => '(?::integer, ?::date)').join(', ')}) as v(kpi_id, period_start)`,
        batch.flatMap((p) => [p.kpi.id, p.periodStart]),
      ),
      function on() {
        this.on('v.kpi_id', 'm.kpi_id').andOn('v.period_start', 'm.period_start');
      },
    )
    .whereRaw('m.kpi_id = any(?::integer[])', [kpiIds])
    .whereBetween('m.period_start', [periods[0] as string, periods[periods.length - 1] as string])
    .select(recordColumns)) as MeasurementRecord[];
  for (const row of rows) stored.set(`${row.kpi_id}|${row.period_start}`, row);
  return stored;
}

const describe = (c: Content) =>
  `${c.value}${c.numerator !== null ? ` (${c.numerator}/${c.denominator})` : ''}${c.note ? ` "${c.note}"` : ''}`;

export async function importMeasurements(pass: ImportPass): Promise<void> {
  const { db, actor, fiscalYearStartMonth, today, now, report } = pass;
  const { byCode, byName } = await loadKpis(db);
  const locks = await loadLocks(db, fiscalYearStartMonth);
  const fixedKpi = pass.options.kpi ?? null;
  const seen = new Map<string, number>();
  let entries: Entry[] = [];

  function checkRow(r: MappedRow): Entry {
    const kpiText = r.has('kpi') ? (r.text('kpi') ?? '') : (fixedKpi ?? '');
    let kpi: KpiRef | undefined;
    const named = byCode.get(kpiText.toUpperCase()) ?? byName.get(kpiText.toLowerCase());
    if (kpiText === '') r.fail('kpi', 'no KPI: the cell is empty');
    else if (named === 'ambiguous') r.fail('kpi', `"${kpiText}" names several KPIs: use its code`);
    else if (!named) r.fail('kpi', `unknown KPI "${kpiText}": no KPI has this code or name`);
    else if (named.archived_at !== null) {
      r.fail('kpi', `KPI ${named.code} is archived: restore it before importing its values`);
    } else if (!canEnterMeasurements(actor, named.department_id) && !canReviewMeasurements(actor)) {
      r.fail(
        'kpi',
        `KPI ${named.code} belongs to another department: you can import only your own department's measurements`,
      );
    } else kpi = named;

    const periodText = r.text('period') ?? '';
    let periodStart: string | undefined;
    if (periodText === '') r.fail('period', 'no period: the cell is empty');
    else if (kpi) {
      const resolved = resolvePeriodStart(periodText, kpi.frequency, fiscalYearStartMonth, today);
      if ('problem' in resolved) r.fail('period', resolved.problem);
      else {
        periodStart = resolved.periodStart;
        const lock = locks.find((l) =>
          isPeriodLocked(resolved.periodStart, kpi.frequency, fiscalYearStartMonth, l),
        );
        if (lock)
          r.fail(
            'period',
            `${lock.label} is locked by the budget office: its values cannot change`,
          );
      }
    }

    const value = r.number('value');
    if (value === null) r.fail('value', 'no value: the cell is empty');
    if (kpi && typeof value === 'number') {
      if (kpi.min_value !== null && value < kpi.min_value) {
        r.fail('value', `${value} is below ${kpi.min_value}, the KPI's minimum`);
      }
      if (kpi.max_value !== null && value > kpi.max_value) {
        r.fail('value', `${value} is above ${kpi.max_value}, the KPI's maximum`);
      }
    }
    const numerator = r.number('numerator');
    const denominator = r.number('denominator');
    if (r.has('numerator') || r.has('denominator')) {
      if (
        (numerator === null) !== (denominator === null) &&
        r.errors.every((e) => !e.message.includes('is not a number'))
      ) {
        r.fail(
          numerator === null ? 'numerator' : 'denominator',
          'numerator and denominator go together: give both or neither',
        );
      } else if (typeof denominator === 'number' && denominator <= 0) {
        r.fail('denominator', 'must be greater than 0');
      }
    }
    const note = r.text('note');
    if (note !== undefined && note.length > 4000) r.fail('note', 'must be at most 4000 characters');

    if (kpi && periodStart) {
      const key = `${kpi.id}|${periodStart}`;
      const first = seen.get(key);
      if (first !== undefined) {
        r.fail('period', `duplicate: row ${first} already has KPI ${kpi.code} for ${periodStart}`);
      } else seen.set(key, r.row);
    }

    const base = {
      row: r.row,
      kpi: kpi?.code ?? (kpiText || null),
      period: periodStart ?? (periodText || null),
      value: r.text('value') || null,
      before: null,
    };
    if (r.errors.length > 0 || !kpi || !periodStart || typeof value !== 'number') {
      return { ready: { ...base, outcome: 'error', errors: r.errors } };
    }
    const content: Pending['content'] = { value };
    if (r.has('numerator') || r.has('denominator')) {
      content.numerator = numerator ?? null;
      content.denominator = denominator ?? null;
    }
    if (note !== undefined) content.note = note;
    return {
      pending: {
        row: r.row,
        kpi,
        periodStart,
        content,
        report: { ...base, outcome: 'create', errors: [] },
      },
    };
  }

  async function flush(): Promise<void> {
    const pending = entries.flatMap((e) => ('pending' in e ? [e.pending] : []));
    const stored = await storedOf(db, pending);
    const writes: MeasurementWrite[] = [];
    for (const entry of entries) {
      if ('ready' in entry) {
        await report.add(entry.ready);
        continue;
      }
      const p = entry.pending;
      const before = stored.get(`${p.kpi.id}|${p.periodStart}`);
      const next: Content = {
        value: p.content.value,
        numerator:
          p.content.numerator !== undefined ? p.content.numerator : (before?.numerator ?? null),
        denominator:
          p.content.denominator !== undefined
            ? p.content.denominator
            : (before?.denominator ?? null),
        note: p.content.note ?? before?.note ?? '',
      };
      const line = p.report;
      if (before) {
        line.before = describe(before);
        const same =
          before.value === next.value &&
          before.numerator === next.numerator &&
          before.denominator === next.denominator &&
          before.note === next.note;
        if (same) line.outcome = 'unchanged';
        else if (!editableStates(actor.role).includes(before.state)) {
          line.outcome = 'error';
          line.errors.push({
            column: pass.mapping.value ?? 'value',
            message: `the stored value of ${p.periodStart} is ${before.state}: ${before.state === 'approved' ? 'the budget office must reopen it first' : 'it is with the budget office for review'}`,
          });
        } else line.outcome = 'update';
      }
      if (line.outcome === 'create' || line.outcome === 'update') {
        writes.push({ kpi_id: p.kpi.id, period_start: p.periodStart, ...next });
      }
      await report.add(line);
    }
    entries = [];
    if (pass.commit && writes.length > 0 && report.counts.rowsWithErrors === 0) {
      const written = await upsertMeasurements(db, writes, { userId: actor.userId, now });
      // Each value is audited as an edit on the screen is, so its history shows the import's
      // change (the commit's transaction is the pass's db).
      await recordAudits(
        db as Knex.Transaction,
        written.map((row) => {
          const before = stored.get(`${row.kpi_id}|${row.period_start}`);
          return {
            actor,
            action: before ? 'update' : 'create',
            entity: 'measurement',
            entityId: row.id,
            ...(before ? { before: snapshotOf(before) } : {}),
            after: snapshotOf(row),
            at: now,
          };
        }),
      );
    }
  }

  for await (const r of pass.rows()) {
    entries.push(checkRow(r));
    if (entries.length >= BATCH) {
      await flush();
      pass.progress(r.row - 1);
    }
  }
  await flush();
}

/** pg sends an array with nulls as an array literal (NULL elements); knex's types leave them out. */
const withNulls = (values: Array<number | null>) => values as unknown as Knex.RawBinding;

/** A value an import writes. */
export interface MeasurementWrite extends Content {
  kpi_id: number;
  period_start: string;
}

/**
 * One statement per batch, the rows as column arrays through unnest() (six parameters whatever
 * the batch's size, which PostgreSQL parses far faster than thousands of VALUES parameters). A
 * new value is a draft; a stored value keeps its workflow state and moves to its next version
 * only when its content changes, so importing the same file again writes nothing. Returns the
 * values written (created or changed), as they now are.
 */
export async function upsertMeasurements(
  db: Knex,
  rows: readonly MeasurementWrite[],
  by: { userId: number; now: Date },
): Promise<MeasurementRecord[]> {
  const result = await db.raw(
    `insert into measurements as m
       (kpi_id, period_start, value, numerator, denominator, note, state, entered_by, entered_at,
        created_at, updated_at)
     select r.kpi_id, r.period_start, r.value, r.numerator, r.denominator, r.note, 'draft',
            ?::integer, ?::timestamptz, ?::timestamptz, ?::timestamptz
       from unnest(?::integer[], ?::date[], ?::numeric[], ?::numeric[], ?::numeric[], ?::text[])
         as r(kpi_id, period_start, value, numerator, denominator, note)
     on conflict (kpi_id, period_start) do update set
       value = excluded.value,
       numerator = excluded.numerator,
       denominator = excluded.denominator,
       note = excluded.note,
       version = m.version + 1,
       entered_by = excluded.entered_by,
       entered_at = excluded.entered_at,
       updated_at = excluded.updated_at
     where (m.value, m.numerator, m.denominator, m.note)
       is distinct from (excluded.value, excluded.numerator, excluded.denominator, excluded.note)
     returning ${recordFields.map((field) => `m.${field}`).join(', ')}`,
    [
      by.userId,
      by.now,
      by.now,
      by.now,
      rows.map((row) => row.kpi_id),
      rows.map((row) => row.period_start),
      rows.map((row) => row.value),
      withNulls(rows.map((row) => row.numerator)),
      withNulls(rows.map((row) => row.denominator)),
      rows.map((row) => row.note),
    ] satisfies Knex.RawBinding[],
  );
  return (result as { rows: MeasurementRecord[] }).rows;
}
