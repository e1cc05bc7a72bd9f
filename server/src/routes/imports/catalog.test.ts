import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeDepartment, makeKpi, makeMeasurement } from '../../test/factories';
import { signedIn, type SignedIn } from '../../test/session';
import { expectProblem } from '../../test/writes';
import { check, commit, upload } from './importHelpers';

const TODAY = new Date('2026-11-25T17:00:00Z');
const AUSTIN = path.join(__dirname, 'testdata/austin-fy2016-performance-measures.csv');

let database: TestDatabase;
let app: App;
let dataDir: string;
let budget: SignedIn;
let head: SignedIn;

beforeAll(async () => {
  database = await openTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civicstat-catalog-'));
  app = createApp({ db: database.db, config: testConfig({ dataDir }), clock: () => TODAY });
  const dsc = await makeDepartment(database.db, { code: 'DSC', name: 'Development Services' });
  budget = await signedIn(app, database.db, 'budget_office');
  head = await signedIn(app, database.db, 'department_head', [dsc.id]);
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Each refused row of an import's report: its number, and its first error's column and words. */
async function firstErrors(importId: number) {
  const errors = await budget.agent.get(`/api/v1/imports/${importId}/rows?outcome=error`);
  return errors.body.data.map(
    (r: { row: number; errors: Array<{ column: string; message: string }> }) => [
      r.row,
      r.errors[0]?.column,
      r.errors[0]?.message,
    ],
  );
}

describe('KPI catalog import', () => {
  it('is the budget office’s alone', async () => {
    expectProblem(await upload(head, 'kpis.csv', 'name,department\n', 'kind=catalog'), 403);
  });

  it('creates and updates definitions and targets, reports what it cannot take, and changes nothing the second time', async () => {
    const { db } = database;
    const existing = await makeKpi(db, {
      code: 'DSC-01',
      name: 'Old name',
      department_id: (await db('departments').where({ code: 'DSC' }).first()).id,
    });
    await makeMeasurement(db, existing.id, '2026-07-01', 3);
    const [oldTarget] = await db('kpi_targets')
      .insert({ kpi_id: existing.id, fiscal_year: 2027, target: 12 })
      .returning('id');
    const file = [
      'Code,Name,Department,Frequency,Description,Target,Fiscal Year',
      'DSC-01,Plan review turnaround,DSC,Monthly,Days to review,10,2027', // update (name, description, target)
      ',Permits issued,Development Services,Quarterly,,1200,FY2027', // create, generated code
      'DSC-03,Counter wait,Nowhere,Monthly,,,', // unknown department
      'DSC-04,Inspections,DSC,Fortnightly,,,', // unknown frequency
      'DSC-01,Again,DSC,Monthly,,,', // duplicate code
      'DSC-05,Bad target,DSC,Monthly,,lots,2027', // not a number
    ].join('\n');
    const uploaded = await upload(budget, 'catalog.csv', file, 'kind=catalog');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.mapping).toMatchObject({
      code: 'Code',
      name: 'Name',
      department: 'Department',
      frequency: 'Frequency',
      target: 'Target',
      fiscalYear: 'Fiscal Year',
    });
    const checked = await check(budget, uploaded.body.id, uploaded.body.mapping);
    expect(checked.body.counts).toMatchObject({ created: 1, updated: 1, rowsWithErrors: 4 });
    expect(await firstErrors(uploaded.body.id)).toEqual([
      [
        4,
        'Department',
        'unknown department "Nowhere": create it first, or let the import create missing departments',
      ],
      [
        5,
        'Frequency',
        '"Fortnightly" is not a frequency: use Daily, Monthly, Quarterly or Annually',
      ],
      [6, 'Code', 'duplicate: row 2 already has the KPI DSC-01'],
      [7, 'Target', '"lots" is not a number'],
    ]);

    const fixed = file.split('\n').slice(0, 3).join('\n');
    const again = await upload(budget, 'catalog.csv', fixed, 'kind=catalog');
    await check(budget, again.body.id, again.body.mapping);
    const committed = await commit(budget, again.body.id);
    expect(committed.status).toBe(200);
    expect(committed.body.counts).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
    const kpis = await db('kpis')
      .orderBy('code')
      .select('code', 'name', 'frequency', 'description', 'version');
    expect(kpis).toEqual([
      {
        code: 'DSC-01',
        name: 'Plan review turnaround',
        frequency: 'monthly',
        description: 'Days to review',
        version: 2,
      },
      {
        code: expect.stringMatching(/^DSC-[0-9A-F]{6}$/),
        name: 'Permits issued',
        frequency: 'quarterly',
        description: '',
        version: 1,
      },
    ]);
    expect(await db('kpi_targets').orderBy('target').pluck('target')).toEqual([10, 1200]);
    // Each KPI and target written is audited as the same change on a screen would be.
    const created = await db('kpis').whereNot({ id: existing.id }).first('id');
    const audit = await db('audit_log')
      .whereIn('entity', ['kpi', 'kpi_target'])
      .orderBy(['entity', 'action'])
      .select('actor_id', 'action', 'entity', 'entity_id', 'before', 'after');
    expect(
      audit.map((a) => [
        a.actor_id,
        a.entity,
        a.action,
        a.entity_id,
        a.before?.name ?? a.before?.target?.value ?? null,
        a.after.name ?? a.after.target.value,
      ]),
    ).toEqual([
      [budget.user.id, 'kpi', 'create', String(created.id), null, 'Permits issued'],
      [budget.user.id, 'kpi', 'update', String(existing.id), 'Old name', 'Plan review turnaround'],
      [budget.user.id, 'kpi_target', 'create', expect.any(String), null, 1200],
      [budget.user.id, 'kpi_target', 'update', String(oldTarget.id), 12, 10],
    ]);
    // So the KPI's change history shows the import's changes to its definition and target.
    const history = await budget.agent.get(`/api/v1/audit?kpi=${existing.id}`);
    expect(
      history.body.data.map((e: { entity: string; action: string }) => [e.entity, e.action]),
    ).toEqual(
      expect.arrayContaining([
        ['kpi', 'update'],
        ['kpi_target', 'update'],
      ]),
    );
    expect(history.body.data).toHaveLength(2);

    const third = await upload(budget, 'catalog.csv', fixed, 'kind=catalog');
    await check(budget, third.body.id, third.body.mapping);
    expect((await commit(budget, third.body.id)).body.counts).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await db('audit_log').whereIn('entity', ['kpi', 'kpi_target']).count('* as n')).toEqual([
      { n: 4 },
    ]);
    expect(await db('kpis').orderBy('code').pluck('version')).toEqual([2, 1]);
  });

  it("imports Austin's FY2016 catalog whole: 1,716 measures (the issue says 1,715; the file holds 1,716 rows, each its own MEASURE_ID) in 37 new departments", async () => {
    const { db } = database;
    const uploaded = await upload(budget, 'austin.csv', fs.readFileSync(AUSTIN), 'kind=catalog');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.totalRows).toBe(1716);
    expect(uploaded.body.mapping).toMatchObject({
      code: 'MEASURE_ID',
      name: 'MEASURE_NAME',
      department: 'DEPT_CD',
      frequency: 'FREQUENCY_NAME',
      dataSource: 'DATA_SOURCE',
      fiscalYear: 'CFY',
    });
    const options = { codePrefix: 'AUS-', createDepartments: true };
    const checked = await check(budget, uploaded.body.id, uploaded.body.mapping, options);
    expect(checked.body.counts).toMatchObject({
      created: 1716,
      rowsWithErrors: 0,
      departmentsCreated: 37,
    });
    const kpisBefore = Number((await db('kpis').count('* as n'))[0]?.n);
    const lastAudit = (await db('audit_log').max('id as lastAudit'))[0]?.lastAudit;
    const committed = await commit(budget, uploaded.body.id);
    expect(committed.status).toBe(200);
    expect(Number((await db('kpis').count('* as n'))[0]?.n) - kpisBefore).toBe(1716);
    const injury = await db('kpis')
      .where({ code: 'AUS-7408' })
      .first('name', 'frequency', 'data_source');
    expect(injury).toMatchObject({ name: 'Lost Time Injury Rate', frequency: 'quarterly' });
    expect(injury.data_source).toContain(
      '(currently known as the "David System"). Actual hours worked',
    );
    expect(
      await db('audit_log').where({ action: 'import' }).orderBy('id', 'desc').first('after'),
    ).toMatchObject({
      after: {
        kind: 'catalog',
        fileName: 'austin.csv',
        rows: 1716,
        created: 1716,
        departmentsCreated: 37,
      },
    });
    const audited = await db('audit_log')
      .where({ action: 'create' })
      .whereIn('entity', ['kpi', 'department'])
      .where('id', '>', lastAudit)
      .groupBy('entity')
      .orderBy('entity')
      .select('entity', db.raw('count(*)::int as n'));
    expect(audited).toEqual([
      { entity: 'department', n: 37 },
      { entity: 'kpi', n: 1716 },
    ]);
  });

  it('refuses in the dry run what the KPI page would refuse: a direction switch to or from a range under targets, an archived department', async () => {
    const { db } = database;
    const closed = await makeDepartment(db, { code: 'OLD', name: 'Old Office' });
    await db('departments').where({ id: closed.id }).update({ archived_at: TODAY });
    const dscId = (await db('departments').where({ code: 'DSC' }).first()).id;
    const targeted = await makeKpi(db, { code: 'DSC-77', department_id: dscId });
    await db('kpi_targets').insert({ kpi_id: targeted.id, fiscal_year: 2027, target: 5 });
    const file = [
      'Code,Name,Department,Frequency,Direction',
      'DSC-77,Wait within a band,DSC,Monthly,range',
      'OLD-1,Letters answered,Old Office,Monthly,increase',
    ].join('\n');
    const uploaded = await upload(budget, 'rules.csv', file, 'kind=catalog');
    const checked = await check(budget, uploaded.body.id, uploaded.body.mapping);
    expect(checked.body.counts).toMatchObject({ rowsWithErrors: 2 });
    expect(await firstErrors(uploaded.body.id)).toEqual([
      [
        2,
        'Direction',
        'KPI DSC-77 has targets of a higher- or lower-is-better KPI: its direction cannot switch to a range',
      ],
      [3, 'Department', 'department OLD is archived: restore it first'],
    ]);
  });

  it('creates a department named in many rows once, and refuses a name whose code is taken', async () => {
    const { db } = database;
    await makeDepartment(db, { code: 'PARKS', name: 'Parks and Recreation' });
    const file = [
      'Code,Name,Department,Frequency',
      'PW-01,Potholes filled,Public Works,Monthly',
      'PW-02,Streets swept,Public Works,Monthly',
      'PW-03,Signs fixed,public works,Monthly',
      'PK-01,Park visits,Parks &,Monthly', // would be PARKS: another department's code
    ].join('\n');
    const uploaded = await upload(budget, 'works.csv', file, 'kind=catalog');
    const options = { createDepartments: true };
    const checked = await check(budget, uploaded.body.id, uploaded.body.mapping, options);
    expect(checked.body.counts).toMatchObject({
      created: 3,
      rowsWithErrors: 1,
      departmentsCreated: 1,
    });
    const errors = await budget.agent.get(`/api/v1/imports/${uploaded.body.id}/rows?outcome=error`);
    expect(errors.body.data[0]).toMatchObject({ row: 5 });
    expect(errors.body.data[0].errors[0].message).toMatch(/its code would be PARKS/);

    const fixed = await upload(
      budget,
      'works.csv',
      file.split('\n').slice(0, 4).join('\n'),
      'kind=catalog',
    );
    await check(budget, fixed.body.id, fixed.body.mapping, options);
    expect((await commit(budget, fixed.body.id)).status).toBe(200);
    const works = await db('departments').where({ name: 'Public Works' });
    expect(works).toHaveLength(1);
    const kpis = await db('kpis')
      .whereIn('code', ['PW-01', 'PW-02', 'PW-03'])
      .select('department_id');
    expect(kpis.map((k) => k.department_id)).toEqual([works[0].id, works[0].id, works[0].id]);
    expect(
      await db('audit_log')
        .where({ entity: 'department', entity_id: String(works[0].id) })
        .select('action', 'entity_id', 'after'),
    ).toEqual([
      {
        action: 'create',
        entity_id: String(works[0].id),
        after: expect.objectContaining({ name: 'Public Works' }),
      },
    ]);
  });
});
