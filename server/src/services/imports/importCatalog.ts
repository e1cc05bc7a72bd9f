/**
 * The KPI catalog import (budget office): one KPI definition per row, with an optional target
 * for a fiscal year. A KPI is matched by its code (mapped, or generated from its department
 * and name); departments by code or name, created when the import is told to.
 */
import { createHash } from 'node:crypto';
import {
  displayFormats,
  kpiAggregations,
  kpiDirections,
  type ImportRowReport,
} from '@civicstat/shared';
import type { Knex } from 'knex';
import { presentKpiDefinition, type KpiRecord } from '../../presenters/kpiDefinition';
import { presentDepartment, type DepartmentRecord } from '../../presenters/structure';
import { presentTarget, type TargetRecord } from '../../presenters/target';
import { recordAudits, type AuditEntry } from '../audit';
import type { MappedRow } from './cells';
import type { ImportPass } from './importPass';

const BATCH = 500;
const CODE = /^[A-Z0-9][A-Z0-9._-]{0,31}$/;
const DEPARTMENT_CODE = /^[A-Z][A-Z0-9_-]{1,15}$/;

const frequencyWords: Record<string, KpiRecord['frequency']> = {
  daily: 'daily',
  day: 'daily',
  monthly: 'monthly',
  month: 'monthly',
  quarterly: 'quarterly',
  quarter: 'quarterly',
  annually: 'annual',
  annual: 'annual',
  yearly: 'annual',
  year: 'annual',
  fiscalyear: 'annual',
};

const textLimits: Record<string, number> = {
  description: 5000,
  methodology: 10000,
  dataSource: 2000,
  owner: 200,
  unit: 40,
};
const columnOf: Record<string, string> = {
  description: 'description',
  methodology: 'methodology',
  dataSource: 'data_source',
  owner: 'owner',
  unit: 'unit',
};

/** A stored KPI (every column), and whether it has data a definition change must respect. */
type KpiRow = KpiRecord & { has_data: boolean; has_targets: boolean };

/** What a row sets of a KPI. */
type Definition = Pick<
  KpiRecord,
  | 'code'
  | 'name'
  | 'description'
  | 'unit'
  | 'display_format'
  | 'direction'
  | 'frequency'
  | 'aggregation'
  | 'data_source'
  | 'methodology'
  | 'owner'
  | 'is_public'
> & { department_id: number | null };

interface Department {
  id: number | null;
  code: string;
  /** A stored department that is archived: no KPI may be put under it. */
  archived?: boolean;
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 6).toUpperCase();
}

function codeFrom(text: string): string {
  return text
    .toUpperCase()
    .trim()
    .replace(/[^A-Z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function word<T extends string>(
  r: MappedRow,
  field: string,
  allowed: readonly T[],
  fallback: T,
  aliases: Record<string, T> = {},
): T {
  const text = r.text(field);
  if (!text) return fallback;
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  const found = allowed.find((a) => a === key) ?? aliases[key];
  if (!found) r.fail(field, `"${text}" is not one of ${allowed.join(', ')}`);
  return found ?? fallback;
}

export async function importCatalog(pass: ImportPass): Promise<void> {
  const { db, options, report, now } = pass;
  const departments = (
    (await db('departments').select('id', 'code', 'name', 'archived_at')) as Array<{
      id: number;
      code: string;
      name: string;
      archived_at: Date | null;
    }>
  ).map((d) => ({ id: d.id, code: d.code, name: d.name, archived: d.archived_at !== null }));
  const deptByCode = new Map<string, Department>(departments.map((d) => [d.code, d]));
  const deptByName = new Map<string, Department>(departments.map((d) => [d.name.toLowerCase(), d]));
  const toCreate = new Map<string, { code: string; name: string }>();
  const kpis = (await db('kpis as k').select(
    'k.*',
    db.raw(
      'exists (select 1 from measurements m where m.kpi_id = k.id) or exists (select 1 from kpi_targets t where t.kpi_id = k.id and t.period_start is not null) as has_data',
    ),
    db.raw('exists (select 1 from kpi_targets t where t.kpi_id = k.id) as has_targets'),
  )) as KpiRow[];
  const kpiByCode = new Map(kpis.map((k) => [k.code, k]));
  // Whole rows: a target the commit changes is audited with what it was.
  const targets = new Map<string, TargetRecord>();
  for (const t of (await db('kpi_targets')
    .whereNull('period_start')
    .select('*')) as TargetRecord[]) {
    targets.set(`${t.kpi_id}|${t.fiscal_year}`, t);
  }
  const seenCodes = new Map<string, number>();
  let departmentsPlanned = 0;
  let batch: Array<{
    line: ImportRowReport;
    definition: Definition;
    department: Department;
    target?: { fiscalYear: number; value: number };
  }> = [];

  function department(r: MappedRow): Department | undefined {
    const text = r.text('department') ?? '';
    if (!text) {
      r.fail('department', 'no department: the cell is empty');
      return undefined;
    }
    const found = deptByCode.get(text.toUpperCase()) ?? deptByName.get(text.toLowerCase());
    if (found?.archived) {
      r.fail('department', `department ${found.code} is archived: restore it first`);
      return undefined;
    }
    if (found) return found;
    const code = codeFrom(text).replace(/\./g, '-').slice(0, 16);
    if (!options.createDepartments) {
      r.fail(
        'department',
        `unknown department "${text}": create it first, or let the import create missing departments`,
      );
      return undefined;
    }
    if (!DEPARTMENT_CODE.test(code)) {
      r.fail(
        'department',
        `cannot make a department code from "${text}": create the department first`,
      );
      return undefined;
    }
    const taken = deptByCode.get(code);
    if (taken) {
      // A department already planned under this code by an earlier row (its spelling may
      // differ: "Public Works", "public works") is the same one; a stored one is not.
      if (taken.id === null) return taken;
      r.fail(
        'department',
        `unknown department "${text}": its code would be ${code}, which another department has; use that department's code or name`,
      );
      return undefined;
    }
    if (text.length > 200) {
      r.fail('department', 'a new department’s name must be at most 200 characters');
      return undefined;
    }
    toCreate.set(code, { code, name: text });
    departmentsPlanned += 1;
    const planned: Department = { id: null, code };
    deptByCode.set(code, planned);
    deptByName.set(text.toLowerCase(), planned);
    return planned;
  }

  function checkRow(r: MappedRow) {
    const name = r.text('name') ?? '';
    if (!name) r.fail('name', 'no name: the cell is empty');
    else if (name.length > 300) r.fail('name', 'must be at most 300 characters');
    const dept = department(r);

    let code = codeFrom(r.text('code') ?? '');
    if (code) code = `${options.codePrefix}${code}`;
    else if (dept && name) {
      // Generated from what identifies the KPI, so that importing the file again finds it.
      code = `${options.codePrefix}${dept.code}-${hash(name.toLowerCase())}`;
      for (let n = 2; seenCodes.has(code); n += 1)
        code = `${options.codePrefix}${dept.code}-${hash(name.toLowerCase())}-${n}`;
    }
    if (code && !CODE.test(code))
      r.fail(
        'code',
        `"${code}" is not a KPI code: up to 32 capital letters, digits, ".", "_" or "-"`,
      );
    const first = seenCodes.get(code);
    if (code && first !== undefined)
      r.fail('code', `duplicate: row ${first} already has the KPI ${code}`);
    else if (code) seenCodes.set(code, r.row);

    const frequencyText = r.text('frequency');
    let frequency: KpiRecord['frequency'] = 'monthly';
    if (frequencyText) {
      const found = frequencyWords[frequencyText.toLowerCase().replace(/[^a-z]/g, '')];
      if (!found)
        r.fail(
          'frequency',
          `"${frequencyText}" is not a frequency: use Daily, Monthly, Quarterly or Annually`,
        );
      frequency = found ?? frequency;
    } else if (r.has('frequency')) r.fail('frequency', 'no frequency: the cell is empty');

    const existing = kpiByCode.get(code);
    const definition: Definition = {
      code,
      name,
      department_id: dept?.id ?? null,
      description: r.text('description') ?? existing?.description ?? '',
      methodology: r.text('methodology') ?? existing?.methodology ?? '',
      data_source: r.text('dataSource') ?? existing?.data_source ?? '',
      owner: r.text('owner') ?? existing?.owner ?? '',
      unit: r.text('unit') ?? existing?.unit ?? '',
      frequency,
      display_format: word(
        r,
        'displayFormat',
        displayFormats,
        (existing?.display_format as never) ?? options.displayFormat,
        { percentage: 'percent', number: 'count', dollars: 'currency' },
      ),
      direction: word(
        r,
        'direction',
        kpiDirections,
        (existing?.direction as never) ?? options.direction,
        { higherisbetter: 'increase', lowerisbetter: 'decrease', up: 'increase', down: 'decrease' },
      ),
      aggregation: word(
        r,
        'aggregation',
        kpiAggregations,
        (existing?.aggregation as never) ?? options.aggregation,
        { average: 'mean', total: 'sum', latest: 'last' },
      ),
      is_public: existing?.is_public ?? false,
    };
    for (const [field, limit] of Object.entries(textLimits)) {
      const value = definition[columnOf[field] as keyof Definition];
      if (typeof value === 'string' && value.length > limit)
        r.fail(field, `must be at most ${limit} characters`);
    }
    const publicText = r.text('isPublic');
    if (publicText) {
      const yes = ['yes', 'y', 'true', '1', 'public'].includes(publicText.toLowerCase());
      const no = ['no', 'n', 'false', '0', 'private'].includes(publicText.toLowerCase());
      if (!yes && !no) r.fail('isPublic', `"${publicText}" is not yes or no`);
      definition.is_public = yes;
    }
    if (existing?.archived_at)
      r.fail('code', `KPI ${code} is archived: restore it before importing its definition`);
    if (existing?.has_data && existing.frequency !== frequency) {
      r.fail(
        'frequency',
        `KPI ${code} has values at its ${existing.frequency} frequency: its frequency cannot change`,
      );
    }

    // A range KPI's targets are bands, any other's single values (as on the KPI page).
    if (
      existing?.has_targets &&
      (existing.direction === 'range') !== (definition.direction === 'range')
    ) {
      r.fail(
        'direction',
        `KPI ${code} has targets of a ${existing.direction === 'range' ? 'range' : 'higher- or lower-is-better'} KPI: its direction cannot switch ${existing.direction === 'range' ? 'from' : 'to'} a range`,
      );
    }

    let target: { fiscalYear: number; value: number } | undefined;
    const targetValue = r.number('target');
    if (typeof targetValue === 'number') {
      const fyText = r.text('fiscalYear');
      const fiscalYear = fyText
        ? Number(/^(?:FY\s?)?(\d{4})$/i.exec(fyText)?.[1])
        : options.fiscalYear;
      if (!fiscalYear || fiscalYear < 2000 || fiscalYear > 2100) {
        r.fail(
          fyText ? 'fiscalYear' : 'target',
          fyText
            ? `"${fyText}" is not a fiscal year such as 2026 or FY2026`
            : 'a target needs a fiscal year: map the fiscal year column or choose one',
        );
      } else if (definition.direction === 'range') {
        r.fail('target', 'a range KPI has a low and a high target: set them on the KPI page');
      } else target = { fiscalYear, value: targetValue };
    }

    const line: ImportRowReport = {
      row: r.row,
      outcome: 'create',
      kpi: code || null,
      period: target ? `FY${target.fiscalYear}` : null,
      value: name || null,
      before: null,
      errors: r.errors,
    };
    if (r.errors.length > 0 || !dept) {
      line.outcome = 'error';
      return { line };
    }
    if (existing) {
      const changed = (Object.keys(definition) as Array<keyof Definition>).filter(
        (key) => key !== 'department_id' && definition[key] !== existing[key as keyof KpiRow],
      );
      if (dept.id !== existing.department_id) changed.push('department_id');
      const targetChanged =
        target && targets.get(`${existing.id}|${target.fiscalYear}`)?.target !== target.value;
      if (targetChanged) changed.push('target' as never);
      line.outcome = changed.length > 0 ? 'update' : 'unchanged';
      if (changed.length > 0) line.before = `changes ${changed.join(', ')}`;
    }
    return { line, definition, department: dept, target };
  }

  async function flush(): Promise<void> {
    const writes = [];
    for (const item of batch) {
      await report.add(item.line);
      if (item.line.outcome === 'create' || item.line.outcome === 'update') writes.push(item);
    }
    batch = [];
    if (!pass.commit || writes.length === 0 || report.counts.rowsWithErrors > 0) return;
    // Every department, KPI and target written is audited as the same change on a screen would
    // be (the commit's transaction is the pass's db).
    const audits: AuditEntry[] = [];
    const audit = (entity: string, id: number, before: unknown, after: unknown) =>
      audits.push({
        actor: pass.actor,
        action: before === undefined ? 'create' : 'update',
        entity,
        entityId: id,
        ...(before === undefined ? {} : { before }),
        after,
        at: now,
      });
    const pendingDepartments = [...toCreate.values()];
    if (pendingDepartments.length > 0) {
      const created = (await db('departments')
        .insert(pendingDepartments.map((d) => ({ ...d, created_at: now, updated_at: now })))
        .returning('*')) as DepartmentRecord[];
      for (const d of created) {
        const planned = deptByCode.get(d.code);
        if (planned) planned.id = d.id;
        audit('department', d.id, undefined, presentDepartment(d));
      }
      toCreate.clear();
    }
    const rows = writes.map(({ definition, department: dept }) => ({
      ...definition,
      department_id: dept.id,
      created_at: now,
      updated_at: now,
    }));
    const saved = await upsertKpis(db, rows);
    const idOf = new Map(saved.map((k) => [k.code, k.id]));
    for (const k of saved) {
      const before = kpiByCode.get(k.code);
      audit('kpi', k.id, before && presentKpiDefinition(before), presentKpiDefinition(k));
    }
    for (const k of kpis) if (!idOf.has(k.code)) idOf.set(k.code, k.id);
    const targetRows = writes.flatMap(({ definition, target }) => {
      const kpiId = idOf.get(definition.code);
      return target && kpiId
        ? [
            {
              kpi_id: kpiId,
              fiscal_year: target.fiscalYear,
              target: target.value,
              created_at: now,
              updated_at: now,
            },
          ]
        : [];
    });
    if (targetRows.length > 0) {
      const savedTargets = (await db('kpi_targets')
        .insert(targetRows)
        .onConflict(['kpi_id', 'fiscal_year', 'period_start'])
        .merge({
          target: db.raw('excluded.target'),
          version: db.raw('kpi_targets.version + 1'),
          updated_at: db.raw('excluded.updated_at'),
        })
        .whereRaw('kpi_targets.target is distinct from excluded.target')
        .returning('*')) as TargetRecord[];
      for (const t of savedTargets) {
        const before = targets.get(`${t.kpi_id}|${t.fiscal_year}`);
        audit('kpi_target', t.id, before && presentTarget(before), presentTarget(t));
      }
    }
    await recordAudits(db as Knex.Transaction, audits);
  }

  for await (const r of pass.rows()) {
    batch.push(checkRow(r) as never);
    if (batch.length >= BATCH) {
      await flush();
      pass.progress(r.row - 1);
    }
  }
  await flush();
  report.counts.departmentsCreated = departmentsPlanned;
}

async function upsertKpis(db: Knex, rows: Array<Record<string, unknown>>): Promise<KpiRecord[]> {
  const fields = [
    'name',
    'description',
    'department_id',
    'unit',
    'display_format',
    'direction',
    'frequency',
    'aggregation',
    'data_source',
    'methodology',
    'owner',
    'is_public',
  ];
  return db('kpis')
    .insert(rows)
    .onConflict('code')
    .merge({
      ...Object.fromEntries(fields.map((f) => [f, db.raw('excluded.??', [f])])),
      version: db.raw('kpis.version + 1'),
      updated_at: db.raw('excluded.updated_at'),
    })
    .whereRaw(
      `(${fields.map((f) => `kpis.${f}`).join(', ')}) is distinct from (${fields.map((f) => `excluded.${f}`).join(', ')})`,
    )
    .returning('*');
}
