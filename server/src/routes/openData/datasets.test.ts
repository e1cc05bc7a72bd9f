import { Dataset, DatasetDetail, DatasetList, PublicInventory } from '@civicstat/shared';
import request from 'supertest';
import type { App } from '../../app';
import type { TestDatabase } from '../../test/database';
import { DATASETS_NOW as NOW, makeDataset, openDatasetCity } from '../../test/datasets';
import { makeKpi } from '../../test/factories';
import type { SignedIn } from '../../test/session';
import { auditCount, change, dump, expectProblem } from '../../test/writes';

let database: TestDatabase;
let app: App;
let dsc: number;
let police: number;
let budget: SignedIn;
let admin: SignedIn;
let head: SignedIn;
let council: SignedIn;

beforeAll(async () => {
  ({ database, app, dsc, police, budget, admin, head, council } = await openDatasetCity());
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.db('dataset_kpis').delete();
  await database.db('datasets').delete();
});

const proposal = (overrides: object = {}) => ({
  title: 'Building permits issued',
  description: 'Every building permit issued, with its type, value and address.',
  departmentId: dsc,
  stewardName: 'Dana Reyes',
  stewardEmail: 'dana.reyes@durhamnc.example',
  accessLevel: 'public',
  updateFrequency: 'weekly',
  ...overrides,
});
const create = (body: object, who = budget) => change(who, 'post', '/api/v1/datasets', body);
const patch = (id: number, body: object, ifMatch?: string, who = budget) =>
  change(who, 'patch' as 'put', `/api/v1/datasets/${id}`, body, ifMatch);
const step = (id: number, to: string, ifMatch: string, who = budget) =>
  change(who, 'post', `/api/v1/datasets/${id}/pipeline`, { to }, ifMatch);
const archival = (action: 'archive' | 'restore', id: number, ifMatch?: string, who = budget) =>
  change(who, 'post', `/api/v1/datasets/${id}/${action}`, undefined, ifMatch);
const auditOf = (id: number) =>
  database
    .db('audit_log')
    .where({ entity: 'dataset', entity_id: String(id) })
    .orderBy('id');

describe('POST /api/v1/datasets', () => {
  it('answers the public 401 and council 403', async () => {
    expectProblem(await request(app).post('/api/v1/datasets').send(proposal()), 401);
    expectProblem(await create(proposal(), council), 403);
    expect(await dump(database.db, 'datasets')).toEqual([]);
  });

  it.each([
    ['no title', 'body.title', { title: '' }],
    ['an unknown access level', 'body.accessLevel', { accessLevel: 'secret' }],
    ['a restricted dataset without a reason', 'body.accessReason', { accessLevel: 'restricted' }],
    [
      'a score of 6',
      'body.scores.risk',
      { scores: { publicDemand: 3, residentValue: 3, publishingEffort: 3, risk: 6 } },
    ],
    ['a URL that is not a web address', 'body.downloadUrl', { downloadUrl: 'ftp://x' }],
    ['an unknown frequency', 'body.updateFrequency', { updateFrequency: 'hourly' }],
    ['an unknown field', 'body.owner', { owner: 'me' }],
  ])('answers %s with a 400 naming %s', async (_name, path, overrides) => {
    expectProblem(await create(proposal(overrides)), 400, path);
    expect(await dump(database.db, 'datasets')).toEqual([]);
  });

  it('lets a department head propose for their own department only (403 otherwise)', async () => {
    expectProblem(await create(proposal({ departmentId: police }), head), 403);
    const res = await create(proposal(), head);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ pipelineState: 'proposed', proposedBy: { id: head.user.id } });
  });

  it('refuses an unknown department or KPI with a 422 naming the field', async () => {
    expectProblem(await create(proposal({ departmentId: 999999 })), 422, 'body.departmentId');
    expectProblem(await create(proposal({ kpiIds: [999999] })), 422, 'body.kpiIds');
  });

  it('stores a proposal with its KPIs, audited, with an ETag', async () => {
    const kpi = await makeKpi(database.db, { department_id: dsc });
    const res = await create(
      proposal({
        accessLevel: 'restricted',
        accessReason: 'Contains applicant phone numbers',
        formats: ['CSV', 'JSON'],
        keywords: ['permits', 'construction'],
        themes: ['Development'],
        scores: { publicDemand: 5, residentValue: 4, publishingEffort: 2, risk: 1 },
        kpiIds: [kpi.id],
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const created = Dataset.parse(res.body);
    expect(created).toMatchObject({
      department: { id: dsc, code: 'DSC' },
      accessLevel: 'restricted',
      formats: ['CSV', 'JSON'],
      keywords: ['permits', 'construction'],
      kpiIds: [kpi.id],
      priorityScore: 87.5,
      freshness: 'not_scheduled',
      version: 1,
    });
    const audit = await database.db('audit_log').orderBy('id', 'desc').first();
    expect(audit).toMatchObject({ action: 'create', entity: 'dataset', actor_id: budget.user.id });
  });
});

describe('PATCH /api/v1/datasets/:id', () => {
  it('answers 401, 403, 400, 404, 428 and 412 as it should', async () => {
    const { id } = await makeDataset(database.db, dsc);
    expectProblem(await request(app).patch(`/api/v1/datasets/${id}`).send({ title: 'x' }), 401);
    expectProblem(await patch(id, { title: 'x' }, '"1"', council), 403);
    expectProblem(await patch(id, { title: 'x' }, '"1"', head), 403);
    expectProblem(await patch(id, { title: '' }, '"1"'), 400, 'body.title');
    expectProblem(await patch(999999, { title: 'x' }, '"1"'), 404);
    expectProblem(await patch(id, { title: 'x' }), 428);
    const stale = await patch(id, { title: 'x' }, '"7"');
    expectProblem(stale, 412);
    expect(stale.body.current).toMatchObject({ id, version: 1 });
  });

  it('lets a department head change their own proposal until it is approved', async () => {
    const { id } = (await create(proposal(), head)).body as Dataset;
    const res = await patch(id, { keywords: ['permits'] }, '"1"', head);
    expect(res.body).toMatchObject({ keywords: ['permits'], version: 2 });
    expectProblem(await patch(id, { departmentId: police }, '"2"', head), 403);
    expect((await step(id, 'approved', '"2"')).status).toBe(200);
    expectProblem(await patch(id, { title: 'Renamed' }, '"3"', head), 403);
  });

  it('needs a reason to make a public dataset restricted (422), and sending the same is no change', async () => {
    const { id } = await makeDataset(database.db, dsc, { formats: '{CSV}' });
    expectProblem(await patch(id, { accessLevel: 'non_public' }, '"1"'), 422, 'body.accessReason');
    const same = await patch(id, { formats: ['CSV'] }, '"1"');
    expect(same.body.version).toBe(1);
  });
});

describe('POST /api/v1/datasets/:id/pipeline', () => {
  it('answers 401, 403, 400, 404 and 428 as it should', async () => {
    const { id } = await makeDataset(database.db, dsc);
    expectProblem(
      await request(app).post(`/api/v1/datasets/${id}/pipeline`).send({ to: 'approved' }),
      401,
    );
    expectProblem(await step(id, 'approved', '"1"', head), 403);
    expectProblem(await step(id, 'approved', '"1"', council), 403);
    expectProblem(await step(id, 'done', '"1"'), 400, 'body.to');
    expectProblem(await step(999999, 'approved', '"1"'), 404);
    expectProblem(
      await change(budget, 'post', `/api/v1/datasets/${id}/pipeline`, { to: 'approved' }),
      428,
    );
  });

  it('refuses an illegal step with a 409 naming from and to', async () => {
    const { id } = await makeDataset(database.db, dsc);
    for (const to of ['published', 'preparing', 'retired', 'proposed']) {
      const res = await step(id, to, '"1"');
      expectProblem(res, 409);
      expect(res.body).toMatchObject({ from: 'proposed', to });
    }
    expect((await database.db('datasets').where({ id }).first()).pipeline_state).toBe('proposed');
  });

  it('refuses to publish a dataset without a link (409)', async () => {
    const { id } = await makeDataset(database.db, dsc, { pipeline_state: 'preparing' });
    const res = await step(id, 'published', '"1"');
    expectProblem(res, 409);
    expect(res.body.detail).toMatch(/download or landing URL/);
  });

  it('walks proposed → approved → preparing → published → retired, each step audited with who and when', async () => {
    const { id } = (await create(proposal({ downloadUrl: 'https://data.example/permits.csv' })))
      .body as Dataset;
    let version = 1;
    for (const to of ['approved', 'preparing', 'published', 'retired']) {
      const res = await step(id, to, `"${version}"`, to === 'published' ? admin : budget);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ pipelineState: to, version: version + 1 });
      version += 1;
    }
    expectProblem(await step(id, 'published', `"${version}"`), 409);
    const detail = DatasetDetail.parse((await council.agent.get(`/api/v1/datasets/${id}`)).body);
    expect(detail.pipelineHistory.map((s) => [s.from, s.to, s.by?.id, s.at])).toEqual([
      [null, 'proposed', budget.user.id, NOW.toISOString()],
      ['proposed', 'approved', budget.user.id, NOW.toISOString()],
      ['approved', 'preparing', budget.user.id, NOW.toISOString()],
      ['preparing', 'published', admin.user.id, NOW.toISOString()],
      ['published', 'retired', budget.user.id, NOW.toISOString()],
    ]);
  });

  it('answers 412 with the current dataset to a stale version, moving nothing and auditing nothing', async () => {
    const { id } = (await create(proposal())).body as Dataset;
    expect((await step(id, 'approved', '"1"')).status).toBe(200);
    const stored = await dump(database.db, 'datasets');
    const audits = await auditCount(database.db);
    // Whether or not the step would be legal from the stored state, the version is checked first.
    for (const to of ['approved', 'preparing']) {
      const stale = await step(id, to, '"1"');
      expectProblem(stale, 412);
      expect(stale.body.current).toMatchObject({ id, pipelineState: 'approved', version: 2 });
    }
    expect(await dump(database.db, 'datasets')).toEqual(stored);
    expect(await auditCount(database.db)).toBe(audits);
    const detail = DatasetDetail.parse((await council.agent.get(`/api/v1/datasets/${id}`)).body);
    expect(detail.pipelineHistory.map((s) => s.to)).toEqual(['proposed', 'approved']);
  });
});

describe('archiving and restoring a dataset', () => {
  const titles = (body: { data: Array<{ title: string }> }) => body.data.map((d) => d.title);
  /** What each reader lists: staff, the public inventory, its published datasets, /data.json. */
  const listed = async () => ({
    staff: titles(DatasetList.parse((await council.agent.get('/api/v1/datasets')).body)),
    inventory: titles(
      PublicInventory.parse((await request(app).get('/api/v1/open-data/inventory')).body),
    ),
    published: titles(
      PublicInventory.parse((await request(app).get('/api/v1/open-data/datasets')).body),
    ),
    catalog: titles({ data: (await request(app).get('/data.json')).body.dataset }),
  });
  const permits = () =>
    makeDataset(database.db, dsc, {
      title: 'Building permits',
      pipeline_state: 'published',
      download_url: 'https://data.example/permits.csv',
      formats: '{CSV}',
    });

  it('answers the public 401, a department head and council 403, 428 without If-Match and 412 when stale, changing nothing', async () => {
    const { id } = (await create(proposal(), head)).body as Dataset;
    const stored = await dump(database.db, 'datasets');
    const audits = await auditCount(database.db);
    for (const action of ['archive', 'restore'] as const) {
      expectProblem(await request(app).post(`/api/v1/datasets/${id}/${action}`), 401);
      // Not even their own proposal: archiving is the budget office's and admins' only.
      expectProblem(await archival(action, id, '"1"', head), 403);
      expectProblem(await archival(action, id, '"1"', council), 403);
      expectProblem(await archival(action, id), 428);
      expectProblem(await archival(action, 999999, '"1"'), 404);
      const stale = await archival(action, id, '"7"');
      expectProblem(stale, 412);
      expect(stale.body.current).toMatchObject({ id, version: 1, archived: false });
    }
    expect(await dump(database.db, 'datasets')).toEqual(stored);
    expect(await auditCount(database.db)).toBe(audits);
  });

  it('takes a dataset out of the staff list, the public inventory and /data.json, and brings it back on restore, each step audited', async () => {
    const { id } = await permits();
    await makeDataset(database.db, dsc, { title: 'Zoning cases' });
    const everywhere = {
      staff: ['Building permits', 'Zoning cases'],
      inventory: ['Building permits', 'Zoning cases'],
      published: ['Building permits'],
      catalog: ['Building permits'],
    };
    expect(await listed()).toEqual(everywhere);

    const archived = await archival('archive', id, '"1"');
    expect(archived.status).toBe(200);
    expect(archived.headers.etag).toBe('"2"');
    expect(Dataset.parse(archived.body)).toMatchObject({ id, archived: true, version: 2 });
    expect(await listed()).toEqual({
      staff: ['Zoning cases'],
      inventory: ['Zoning cases'],
      published: [],
      catalog: [],
    });
    const inventory = PublicInventory.parse(
      (await request(app).get('/api/v1/open-data/inventory')).body,
    );
    expect(inventory.counts).toEqual({ total: 1, published: 0, nonPublic: 0 });
    // Staff still find it, to restore it.
    const only = await council.agent.get('/api/v1/datasets?archived=only');
    expect(titles(DatasetList.parse(only.body))).toEqual(['Building permits']);
    const all = await council.agent.get('/api/v1/datasets?archived=include');
    expect(titles(DatasetList.parse(all.body))).toEqual(['Building permits', 'Zoning cases']);
    const detail = await council.agent.get(`/api/v1/datasets/${id}`);
    expect(DatasetDetail.parse(detail.body)).toMatchObject({ archived: true, version: 2 });

    const restored = await archival('restore', id, '"2"', admin);
    expect(restored.status).toBe(200);
    expect(restored.headers.etag).toBe('"3"');
    expect(Dataset.parse(restored.body)).toMatchObject({
      id,
      archived: false,
      pipelineState: 'published',
      version: 3,
    });
    expect(await listed()).toEqual(everywhere);

    const audits = await auditOf(id);
    expect(
      audits.map((a) => [
        a.action,
        a.actor_id,
        a.before.archived,
        a.after.archived,
        a.after.version,
      ]),
    ).toEqual([
      ['archive', budget.user.id, false, true, 2],
      ['restore', admin.user.id, true, false, 3],
    ]);
  });

  it('answers 409 to archiving an archived dataset or restoring a live one, and to changing or moving an archived one', async () => {
    const { id } = await permits();
    expectProblem(await archival('restore', id, '"1"'), 409);
    expect((await archival('archive', id, '"1"')).status).toBe(200);
    const stored = await dump(database.db, 'datasets');
    const audits = await auditCount(database.db);
    expectProblem(await archival('archive', id, '"2"'), 409);
    expectProblem(await patch(id, { title: 'Renamed' }, '"2"'), 409);
    expectProblem(await step(id, 'retired', '"2"'), 409);
    expect(await dump(database.db, 'datasets')).toEqual(stored);
    expect(await auditCount(database.db)).toBe(audits);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['archive']);
  });
});

describe('a dataset and its department', () => {
  it('keeps a department with a live dataset from being archived, and a dataset of an archived department from being restored', async () => {
    const [waste] = await database
      .db('departments')
      .insert({ code: 'SW', name: 'Solid Waste' })
      .returning('id');
    const dataset = await makeDataset(database.db, waste.id);
    const department = (action: 'archive' | 'restore', ifMatch: string) =>
      change(admin, 'post', `/api/v1/departments/${waste.id}/${action}`, undefined, ifMatch);

    const refused = await department('archive', '"1"');
    expectProblem(refused, 409);
    expect(refused.body.detail).toBe(
      'Department SW still has 1 live dataset: archive or move it first.',
    );
    expect((await archival('archive', dataset.id, '"1"')).status).toBe(200);
    expect((await department('archive', '"1"')).status).toBe(200);

    const stored = await dump(database.db, 'datasets');
    const orphan = await archival('restore', dataset.id, '"2"');
    expectProblem(orphan, 409);
    expect(orphan.body.detail).toBe(
      `Dataset ${dataset.id} belongs to the archived department ${waste.id}: restore that first.`,
    );
    expect(await dump(database.db, 'datasets')).toEqual(stored);
    expect((await department('restore', '"2"')).status).toBe(200);
    expect((await archival('restore', dataset.id, '"2"')).status).toBe(200);
  });
});

describe('GET /api/v1/datasets', () => {
  it('answers the public 401 and filters by department, state and freshness', async () => {
    expectProblem(await request(app).get('/api/v1/datasets'), 401);
    await makeDataset(database.db, dsc, { title: 'Fresh', last_updated: '2026-11-20' });
    await makeDataset(database.db, police, { title: 'Stale', last_updated: '2026-08-01' });
    const all = DatasetList.parse((await council.agent.get('/api/v1/datasets')).body);
    expect(all.data.map((d) => [d.title, d.freshness])).toEqual([
      ['Fresh', 'current'],
      ['Stale', 'stale'],
    ]);
    const stale = await council.agent.get('/api/v1/datasets?freshness=stale');
    expect(stale.body.data.map((d: Dataset) => d.title)).toEqual(['Stale']);
    const mine = await council.agent.get(`/api/v1/datasets?department=${dsc}`);
    expect(mine.body.data.map((d: Dataset) => d.title)).toEqual(['Fresh']);
    expectProblem(await council.agent.get('/api/v1/datasets?state=done'), 400, 'query.state');
    // An id past PostgreSQL's integer is refused here, not by the database.
    const huge = await council.agent.get('/api/v1/datasets?department=99999999999');
    expectProblem(huge, 400, 'query.department');
    expect(huge.body.errors[0].message).toBe('must be a positive integer');
  });
});
