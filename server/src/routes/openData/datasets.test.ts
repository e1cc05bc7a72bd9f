import { Dataset, DatasetDetail, DatasetList } from '@civicstat/shared';
import request from 'supertest';
import type { App } from '../../app';
import type { TestDatabase } from '../../test/database';
import { DATASETS_NOW as NOW, makeDataset, openDatasetCity } from '../../test/datasets';
import { makeKpi } from '../../test/factories';
import type { SignedIn } from '../../test/session';
import { change, dump, expectProblem } from '../../test/writes';

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
