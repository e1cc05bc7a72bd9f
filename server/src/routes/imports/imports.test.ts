import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeDepartment, makeKpi, makeMeasurement } from '../../test/factories';
import { signedIn, type SignedIn } from '../../test/session';
import { dump, expectProblem } from '../../test/writes';
import { check, commit, importFile, measurementMapping, upload } from './importHelpers';

/** The city's today is 2026-11-25: FY2027 Q2 with a July fiscal year. */
const TODAY = new Date('2026-11-25T17:00:00Z');

let database: TestDatabase;
let app: App;
let dataDir: string;
let dscId: number;
let policeId: number;
let budget: SignedIn;
let head: SignedIn;
let council: SignedIn;

beforeAll(async () => {
  database = await openTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civicstat-imports-'));
  app = createApp({ db: database.db, config: testConfig({ dataDir }), clock: () => TODAY });
  const { db } = database;
  dscId = (await makeDepartment(db, { code: 'DSC', name: 'Development Services' })).id;
  policeId = (await makeDepartment(db, { code: 'PD', name: 'Police' })).id;
  budget = await signedIn(app, db, 'budget_office');
  head = await signedIn(app, db, 'department_head', [dscId]);
  council = await signedIn(app, db, 'council');
});
// Sign-ins are rate-limited per address: keep the users and sessions, empty the rest.
beforeEach(async () => {
  for (const table of [
    'audit_log',
    'imports',
    'import_mappings',
    'period_locks',
    'measurements',
    'kpi_targets',
    'kpis',
  ]) {
    await database.db(table).del();
  }
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const header = 'kpi,period,value,note';

/** What an audit record's measurement snapshot says of the value. */
function pick(snapshot: Record<string, unknown>) {
  const { periodStart, value, note, state, version } = snapshot;
  return { periodStart, value, note, state, version };
}

async function measurementValues() {
  return (await database
    .db('measurements as m')
    .join('kpis as k', 'k.id', 'm.kpi_id')
    .orderBy(['k.code', 'm.period_start'])
    .select('k.code', 'm.period_start', 'm.value', 'm.note', 'm.version', 'm.state')) as Array<
    Record<string, unknown>
  >;
}

describe('POST /api/v1/imports (upload)', () => {
  it('answers the public with 401', async () => {
    const res = await request(app)
      .post('/api/v1/imports')
      .attach('file', Buffer.from(header), 'a.csv');
    expectProblem(res, 401);
  });

  it('answers 403 to a council member, to a missing CSRF token, and to a department head importing the catalog', async () => {
    expectProblem(await upload(council, 'a.csv', header), 403);
    const noToken = await head.agent
      .post('/api/v1/imports')
      .attach('file', Buffer.from(header), 'a.csv');
    expectProblem(noToken, 403);
    expectProblem(await upload(head, 'a.csv', header, 'kind=catalog'), 403);
  });

  it('answers 400 to an unknown kind and to a request without a file', async () => {
    expectProblem(await upload(budget, 'a.csv', header, 'kind=people'), 400, 'query.kind');
    const noFile = await budget.agent
      .post('/api/v1/imports')
      .set('X-CSRF-Token', budget.csrfToken)
      .field('note', 'no file');
    expectProblem(noFile, 400, 'file');
  });

  it('answers 415 to a body that is not multipart and to a file that is neither CSV nor XLSX', async () => {
    const json = await budget.agent
      .post('/api/v1/imports')
      .set('X-CSRF-Token', budget.csrfToken)
      .send({ file: 'x' });
    expectProblem(json, 415);
    const pdf = await upload(budget, 'report.pdf', '%PDF-1.7');
    expectProblem(pdf, 415);
    expect(pdf.body.detail).toContain('report.pdf');
  });

  it('answers 413 naming the limit to a file over IMPORT_MAX_MB, and keeps nothing', async () => {
    const small = createApp({
      db: database.db,
      config: testConfig({ dataDir, importMaxBytes: 2048 }),
      clock: () => TODAY,
    });
    const who = await signedIn(small, database.db, 'budget_office');
    const res = await upload(who, 'big.csv', `${header}\n${'DSC-1,2026-07-01,1,x\n'.repeat(400)}`);
    expectProblem(res, 413);
    expect(res.body.detail).toMatch(/limit of 0\.002 MB|limit of 0 MB|IMPORT_MAX_MB/);
    expect(await dump(database.db, 'imports')).toEqual([]);
  });

  it('answers 422 naming the row when a UTF-8 file holds bytes that are not UTF-8', async () => {
    const bad = Buffer.concat([
      Buffer.from('\uFEFFkpi,period,value,note\nDSC-1,2026-07-01,1,fine\nDSC-1,2026-08-01,2,'),
      Buffer.from([0xe9, 0x0a]),
    ]);
    const res = await upload(budget, 'bad.csv', bad);
    expectProblem(res, 422, 'file');
    expect(res.body.detail).toMatch(/Row 3 is not valid UTF-8/);
  });

  it('lists the headers and rows and guesses the mapping from the headers', async () => {
    const res = await upload(
      head,
      'values.csv',
      csv('KPI Code,Period Start,Actual,Comments', 'A,2026-07-01,1,'),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'measurements',
      fileName: 'values.csv',
      fileType: 'csv',
      encoding: 'utf-8',
      state: 'uploaded',
      totalRows: 1,
      sheets: [
        { name: 'CSV', headers: ['KPI Code', 'Period Start', 'Actual', 'Comments'], rows: 1 },
      ],
      mapping: {
        kpi: 'KPI Code',
        period: 'Period Start',
        value: 'Actual',
        note: 'Comments',
        numerator: null,
      },
    });
  });

  it('reads UTF-8 with a BOM and detects Windows-1252', async () => {
    const kpi = await makeKpi(database.db, { code: 'DSC-1', department_id: dscId });
    const utf8 = await importFile(
      head,
      'bom.csv',
      `\uFEFF${csv(header, 'DSC-1,2026-07-01,1,Café – open')}`,
    );
    expect(utf8.committed.status).toBe(200);
    const cp1252 = Buffer.concat([
      Buffer.from(`${header}\r\nDSC-1,2026-08-01,2,Caf`),
      Buffer.from([0xe9, 0x20, 0x96, 0x20]),
      Buffer.from('closed\r\n'),
    ]);
    const uploaded = await upload(head, 'cp1252.csv', cp1252);
    expect(uploaded.body.encoding).toBe('windows-1252');
    await check(head, uploaded.body.id, measurementMapping);
    expect((await commit(head, uploaded.body.id)).status).toBe(200);
    const notes = await database
      .db('measurements')
      .where({ kpi_id: kpi.id })
      .orderBy('period_start')
      .pluck('note');
    expect(notes).toEqual(['Café – open', 'Café – closed']);
  });
});

describe('GET /api/v1/imports/:id', () => {
  it("answers 404 for an unknown import and for someone else's", async () => {
    const res = await upload(head, 'a.csv', csv(header));
    expectProblem(await head.agent.get('/api/v1/imports/999999'), 404);
    expectProblem(await budget.agent.get(`/api/v1/imports/${res.body.id}`), 404);
    expectProblem(await head.agent.get('/api/v1/imports/abc'), 400, 'path.id');
  });
});

describe('POST /api/v1/imports/:id/check (dry run)', () => {
  it('answers 400 naming the mapping when a required field is not mapped or a column is missing', async () => {
    const res = await upload(head, 'a.csv', csv(header));
    const missing = await check(head, res.body.id, { kpi: 'kpi', period: 'period', value: null });
    expectProblem(missing, 400, 'body.mapping.value');
    const wrong = await check(head, res.body.id, { kpi: 'kpi', period: 'when', value: 'value' });
    expectProblem(wrong, 400, 'body.mapping.period');
  });

  it('reports every row to create, update or leave, and every error with its row, column and message', async () => {
    const { db } = database;
    const a = await makeKpi(db, { code: 'DSC-A', name: 'Permits issued', department_id: dscId });
    await makeKpi(db, { code: 'DSC-B', department_id: dscId, max_value: 100 });
    await makeKpi(db, { code: 'DSC-Q', department_id: dscId, frequency: 'quarterly' });
    await makeKpi(db, { code: 'PD-A', department_id: policeId });
    await makeMeasurement(db, a.id, '2026-09-01', 4, { state: 'draft' });
    await makeMeasurement(db, a.id, '2026-10-01', 7, { state: 'draft', note: '' });
    await makeMeasurement(db, a.id, '2026-06-01', 3, { state: 'approved' });
    await db('period_locks').insert({
      fiscal_year: 2025,
      quarter: null,
      starts_on: '2024-07-01',
      ends_on: '2025-06-30',
    });
    const file = csv(
      header,
      'DSC-A,2026-07-01,10,first', // 2 create
      'NOPE,2026-07-01,1,', // 3 unknown KPI
      'DSC-A,2026-07-15,1,', // 4 not the first of a month
      'DSC-A,Aug-2026,abc,', // 5 not a number
      'Permits issued,07/01/2026,11,', // 6 duplicate of row 2 (by name, US date)
      'DSC-A,2025-06-01,1,', // 7 locked
      'PD-A,2026-07-01,1,', // 8 another department
      'DSC-A,2027-01-01,1,', // 9 future
      'DSC-B,Jul-2026,150,', // 10 above the maximum
      'DSC-Q,FY2027 Q1,5,', // 11 create (quarterly)
      'DSC-A,FY2027 Q1,5,', // 12 a quarter for a monthly KPI
      'DSC-A,2026-09-01,5,', // 13 update
      'DSC-A,2026-10-01,7,', // 14 unchanged
      'DSC-A,2026-06-01,9,', // 15 approved
      ',2026-08-01,1,', // 16 no KPI
      'DSC-A,2026-05-01,2e15,', // 17 beyond what any value may be
    );
    const uploaded = await upload(head, 'values.csv', file);
    const before = await measurementValues();
    const res = await check(head, uploaded.body.id, measurementMapping);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'checked',
      counts: { created: 2, updated: 1, unchanged: 1, rowsWithErrors: 12, errors: 12 },
    });
    expect(await measurementValues()).toEqual(before);

    const errors = await head.agent.get(
      `/api/v1/imports/${uploaded.body.id}/rows?outcome=error&limit=50`,
    );
    expect(errors.status).toBe(200);
    expect(errors.body.page).toEqual({ limit: 50, offset: 0, total: 12 });
    const byRow = Object.fromEntries(
      (
        errors.body.data as Array<{
          row: number;
          errors: Array<{ column: string; message: string }>;
        }>
      ).map((r) => [r.row, r.errors.map((e) => `${e.column}: ${e.message}`).join(' | ')]),
    );
    expect(byRow).toEqual({
      3: 'kpi: unknown KPI "NOPE": no KPI has this code or name',
      4: 'period: "2026-07-15" (2026-07-15) must be the first day of a month for a monthly KPI',
      5: 'value: "abc" is not a number',
      6: 'period: duplicate: row 2 already has KPI DSC-A for 2026-07-01',
      7: 'period: FY2025 is locked by the budget office: its values cannot change',
      8: "kpi: KPI PD-A belongs to another department: you can import only your own department's measurements",
      9: 'period: "2027-01-01" (2027-01-01) must not be in the future (today is 2026-11-25)',
      10: "value: 150 is above 100, the KPI's maximum",
      12: 'period: "FY2027 Q1" is a quarter: a monthly KPI needs a month such as Jul-2025 or 2025-07-01',
      15: 'value: the stored value of 2026-06-01 is approved: the budget office must reopen it first',
      16: 'kpi: no KPI: the cell is empty',
      17: 'value: "2e15" must be at most 1e15',
    });

    const page = await head.agent.get(`/api/v1/imports/${uploaded.body.id}/rows?limit=3&offset=10`);
    expect(page.body.page.total).toBe(16);
    expect(page.body.data.map((r: { row: number; outcome: string }) => [r.row, r.outcome])).toEqual(
      [
        [12, 'error'],
        [13, 'update'],
        [14, 'unchanged'],
      ],
    );
    expect(page.body.data[1]).toMatchObject({
      kpi: 'DSC-A',
      period: '2026-09-01',
      value: '5',
      before: '4',
    });
  });

  it('streams its progress as JSON lines when asked', async () => {
    await makeKpi(database.db, { code: 'DSC-1', department_id: dscId });
    const uploaded = await upload(head, 'a.csv', csv(header, 'DSC-1,2026-07-01,1,'));
    const res = await head.agent
      .post(`/api/v1/imports/${uploaded.body.id}/check`)
      .set('X-CSRF-Token', head.csrfToken)
      .set('Accept', 'application/x-ndjson')
      .send({ mapping: measurementMapping })
      .buffer(true)
      .parse((response, callback) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => callback(null, text));
      });
    expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
    const lines = (res.body as string)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.at(-1)).toMatchObject({ import: { state: 'checked', counts: { created: 1 } } });
  });

  it('remembers the mapping for the next upload of the same user', async () => {
    const first = await upload(head, 'a.csv', csv('code,month,amount,why,other', 'x,y,z,w,v'));
    const mapping = { kpi: 'code', period: 'month', value: 'amount', note: 'other' };
    expect((await check(head, first.body.id, mapping)).status).toBe(200);
    const second = await upload(head, 'b.csv', csv('code,month,amount,why,other', 'x,y,z,w,v'));
    expect(second.body.mapping).toMatchObject(mapping);
    const someoneElse = await upload(
      budget,
      'c.csv',
      csv('code,month,amount,why,other', 'x,y,z,w,v'),
    );
    expect(someoneElse.body.mapping.note).toBeNull();
  });

  it('reads the chosen sheet of an XLSX workbook, dates and numbers included', async () => {
    await makeKpi(database.db, { code: 'DSC-1', department_id: dscId });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Read me').addRow(['This workbook holds values']);
    const sheet = workbook.addWorksheet('Values');
    sheet.addRow(['KPI', 'Month', 'Value', 'Note']);
    sheet.addRow(['DSC-1', new Date(Date.UTC(2026, 6, 1)), 12.5, 'from Excel']);
    sheet.addRow(['DSC-1', 'Aug-2026', 13, '']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const uploaded = await upload(head, 'values.xlsx', buffer);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.sheets).toEqual([
      { name: 'Read me', headers: ['This workbook holds values'], rows: 0 },
      { name: 'Values', headers: ['KPI', 'Month', 'Value', 'Note'], rows: 2 },
    ]);
    const mapping = { kpi: 'KPI', period: 'Month', value: 'Value', note: 'Note' };
    const res = await check(head, uploaded.body.id, mapping, {}, 'Values');
    expect(res.body.counts).toMatchObject({ created: 2, rowsWithErrors: 0 });
    expect((await commit(head, uploaded.body.id)).status).toBe(200);
    expect((await measurementValues()).map((m) => [m.period_start, m.value])).toEqual([
      ['2026-07-01', 12.5],
      ['2026-08-01', 13],
    ]);
  });
});

describe('POST /api/v1/imports/:id/commit', () => {
  it('answers 409 before the dry run', async () => {
    const uploaded = await upload(head, 'a.csv', csv(header));
    expectProblem(await commit(head, uploaded.body.id), 409);
  });

  it('writes nothing when one row in the middle is bad', async () => {
    await makeKpi(database.db, { code: 'DSC-1', department_id: dscId });
    const rows = Array.from({ length: 9 }, (_, i) => `DSC-1,2026-0${i + 1 > 9 ? 9 : 1}-01,${i},`);
    const file = csv(
      header,
      'DSC-1,2026-07-01,1,',
      'DSC-1,2026-08-01,2,',
      'DSC-1,2026-09-01,x,',
      'DSC-1,2026-10-01,4,',
    );
    void rows;
    const { checked, committed } = await importFile(head, 'a.csv', file);
    expect(checked.counts).toMatchObject({ created: 3, rowsWithErrors: 1 });
    expectProblem(committed, 422);
    expect(await dump(database.db, 'measurements')).toEqual([]);
    expect(await database.db('audit_log').where({ action: 'import' })).toEqual([]);
  });

  it('checks every row again inside its transaction: a period locked since the dry run leaves everything unwritten', async () => {
    await makeKpi(database.db, { code: 'DSC-1', department_id: dscId });
    const uploaded = await upload(
      head,
      'a.csv',
      csv(header, 'DSC-1,2026-07-01,1,', 'DSC-1,2026-10-01,2,'),
    );
    expect(
      (await check(head, uploaded.body.id, measurementMapping)).body.counts.rowsWithErrors,
    ).toBe(0);
    await database
      .db('period_locks')
      .insert({ fiscal_year: 2027, quarter: 2, starts_on: '2026-10-01', ends_on: '2026-12-31' });
    const res = await commit(head, uploaded.body.id);
    expectProblem(res, 409);
    expect(res.body.detail).toMatch(
      /Nothing was imported: 1 rows no longer pass.*row 3, period: FY2027 Q2 is locked/,
    );
    expect(await dump(database.db, 'measurements')).toEqual([]);
  });

  it('writes all rows in one go, audits each value written and the import with its file name and counts, and changes nothing when the file comes again', async () => {
    const { db } = database;
    const a = await makeKpi(db, { code: 'DSC-1', department_id: dscId });
    await makeMeasurement(db, a.id, '2026-07-01', 1, { state: 'draft' });
    await makeMeasurement(db, a.id, '2026-08-01', 5, { state: 'returned' });
    const file = csv(
      header,
      'DSC-1,2026-07-01,1,',
      'DSC-1,2026-08-01,2,fixed',
      'DSC-1,Sep-2026,3,',
      'DSC-1,10/01/2026,4,',
    );
    const first = await importFile(head, 'october.csv', file);
    expect(first.committed.status).toBe(200);
    expect(first.committed.body).toMatchObject({
      state: 'committed',
      counts: { created: 2, updated: 1, unchanged: 1, rowsWithErrors: 0 },
    });
    const afterFirst = await measurementValues();
    expect(afterFirst.map((m) => [m.period_start, m.value, m.note, m.version, m.state])).toEqual([
      ['2026-07-01', 1, '', 1, 'draft'],
      ['2026-08-01', 2, 'fixed', 2, 'returned'],
      ['2026-09-01', 3, '', 1, 'draft'],
      ['2026-10-01', 4, '', 1, 'draft'],
    ]);
    const importAudit = await db('audit_log')
      .where({ entity: 'import' })
      .select('actor_id', 'action', 'entity', 'entity_id', 'after');
    expect(importAudit).toEqual([
      {
        actor_id: head.user.id,
        action: 'import',
        entity: 'import',
        entity_id: String(first.id),
        after: {
          kind: 'measurements',
          fileName: 'october.csv',
          rows: 4,
          created: 2,
          updated: 1,
          unchanged: 1,
        },
      },
    ]);
    // Each value written has its own record, as an edit on the screen would; the unchanged
    // July value has none.
    const ids = await db('measurements').where({ kpi_id: a.id }).select('id', 'period_start');
    const idOf = new Map(ids.map((m) => [m.period_start, String(m.id)]));
    const valueAudit = await db('audit_log')
      .where({ entity: 'measurement' })
      .orderByRaw('entity_id::bigint')
      .select('actor_id', 'action', 'entity_id', 'before', 'after');
    expect(
      valueAudit.map((a) => ({
        ...a,
        before: a.before && pick(a.before),
        after: pick(a.after),
      })),
    ).toEqual([
      {
        actor_id: head.user.id,
        action: 'update',
        entity_id: idOf.get('2026-08-01'),
        before: { periodStart: '2026-08-01', value: 5, note: '', state: 'returned', version: 1 },
        after: {
          periodStart: '2026-08-01',
          value: 2,
          note: 'fixed',
          state: 'returned',
          version: 2,
        },
      },
      {
        actor_id: head.user.id,
        action: 'create',
        entity_id: idOf.get('2026-09-01'),
        before: null,
        after: { periodStart: '2026-09-01', value: 3, note: '', state: 'draft', version: 1 },
      },
      {
        actor_id: head.user.id,
        action: 'create',
        entity_id: idOf.get('2026-10-01'),
        before: null,
        after: { periodStart: '2026-10-01', value: 4, note: '', state: 'draft', version: 1 },
      },
    ]);
    // So the value's history shows the import's change, by whom.
    const history = await head.agent.get(`/api/v1/kpis/${a.id}/measurements/2026-08-01/history`);
    expect(
      history.body.data.map(
        (r: { action: string; value: number; actor: { id: number } | null }) => [
          r.action,
          r.value,
          r.actor?.id ?? null,
        ],
      ),
    ).toEqual([
      ['recorded', 5, null],
      ['update', 2, head.user.id],
    ]);
    expectProblem(await commit(head, first.id), 409);

    // Two commits at once: one writes, the other stops inside its transaction; the import's
    // report stays whole (the stopped one's partial report is thrown away).
    const twice = await upload(head, 'october.csv', file);
    await check(head, twice.body.id, measurementMapping);
    const answers = await Promise.all([commit(head, twice.body.id), commit(head, twice.body.id)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const report = await head.agent.get(`/api/v1/imports/${twice.body.id}/rows`);
    expect(report.body.page.total).toBe(4);

    const again = await importFile(head, 'october.csv', file);
    expect(again.committed.body.counts).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await measurementValues()).toEqual(afterFirst);
    // The commit that stopped and the unchanged import wrote no value records.
    expect(await db('audit_log').where({ entity: 'measurement' }).count('* as n')).toEqual([
      { n: 3 },
    ]);
  });

  it('round trip: a KPI series exported as CSV imports with no changes', async () => {
    const { db } = database;
    const ratio = await makeKpi(db, {
      code: 'DSC-R',
      department_id: dscId,
      aggregation: 'ratio',
      display_format: 'percent',
    });
    await makeMeasurement(db, ratio.id, '2026-07-01', 0.9, {
      numerator: 45,
      denominator: 50,
      note: 'Good, "very" good',
    });
    await makeMeasurement(db, ratio.id, '2026-08-01', 0.1, {
      numerator: 10,
      denominator: 100,
      note: 'line one\nline two',
    });
    await makeMeasurement(db, ratio.id, '2026-09-01', 0.25, { numerator: 1, denominator: 4 });
    const exported = await head.agent.get(
      `/api/v1/kpis/${ratio.id}/series?format=csv&from=2026-07-01`,
    );
    expect(exported.status).toBe(200);
    const uploaded = await upload(head, 'DSC-R-series.csv', exported.text);
    // The guessed mapping takes the file as it comes: a KPI column, or the KPI named by the file.
    expect(uploaded.body.mapping).toMatchObject({
      period: 'period_start',
      value: 'value',
      numerator: 'numerator',
      denominator: 'denominator',
      note: 'note',
    });
    if (uploaded.body.mapping.kpi === null)
      expect(uploaded.body.options).toMatchObject({ kpi: 'DSC-R' });
    const res = await check(head, uploaded.body.id, uploaded.body.mapping, uploaded.body.options);
    expect(res.body.counts).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
      rowsWithErrors: 0,
    });
    const before = await measurementValues();
    expect((await commit(head, uploaded.body.id)).status).toBe(200);
    expect(await measurementValues()).toEqual(before);
  });
});
