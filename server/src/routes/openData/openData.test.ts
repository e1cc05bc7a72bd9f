import { PublicInventory, ReleaseList, StaleDatasets } from '@civicstat/shared';
import request from 'supertest';
import type { App } from '../../app';
import type { TestDatabase } from '../../test/database';
import { makeDataset, openDatasetCity } from '../../test/datasets';
import { makeKpi } from '../../test/factories';
import type { SignedIn } from '../../test/session';
import { change, expectProblem } from '../../test/writes';

let database: TestDatabase;
let app: App;
let dsc: number;
let police: number;
let budget: SignedIn;
let admin: SignedIn;
let council: SignedIn;

beforeAll(async () => {
  ({ database, app, dsc, police, budget, admin, council } = await openDatasetCity());
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.db('datasets').delete();
  // The weights back to the migration's defaults.
  await database.db('dataset_priority_weights').delete();
  await database.db('dataset_priority_weights').insert({ id: 1 });
});

const scores = (
  publicDemand: number,
  residentValue: number,
  publishingEffort: number,
  risk: number,
) => ({
  public_demand: publicDemand,
  resident_value: residentValue,
  publishing_effort: publishingEffort,
  risk,
});
const putWeights = (body: object, ifMatch?: string, who = admin) =>
  change(who, 'put', '/api/v1/open-data/weights', body, ifMatch);
const evenWeights = { publicDemand: 1, residentValue: 1, publishingEffort: 1, risk: 1 };

describe('the prioritization weights', () => {
  it('are public to read, with their version as ETag', async () => {
    const res = await request(app).get('/api/v1/open-data/weights');
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      publicDemand: 3,
      residentValue: 3,
      publishingEffort: 2,
      risk: 2,
      version: 1,
    });
  });

  it('answer 401, 403, 400, 428 and 412 to a bad change', async () => {
    expectProblem(await request(app).put('/api/v1/open-data/weights').send(evenWeights), 401);
    expectProblem(await putWeights(evenWeights, '"1"', budget), 403);
    expectProblem(await putWeights({ ...evenWeights, risk: 11 }, '"1"'), 400, 'body.risk');
    expectProblem(
      await putWeights({ publicDemand: 0, residentValue: 0, publishingEffort: 0, risk: 0 }, '"1"'),
      400,
      'body.publicDemand',
    );
    expectProblem(await putWeights(evenWeights), 428);
    const stale = await putWeights(evenWeights, '"4"');
    expectProblem(stale, 412);
    expect(stale.body.current).toMatchObject({ version: 1 });
  });

  it('change the ranking of the release list, audited', async () => {
    await makeDataset(database.db, dsc, { title: 'Popular but hard', ...scores(5, 5, 5, 5) });
    await makeDataset(database.db, dsc, { title: 'Easy but quiet', ...scores(1, 1, 1, 1) });
    const titles = async () =>
      ReleaseList.parse((await council.agent.get('/api/v1/open-data/release-list')).body).data.map(
        (d) => [d.rank, d.title, d.priorityScore],
      );
    expect(await titles()).toEqual([
      [1, 'Popular but hard', 60],
      [2, 'Easy but quiet', 40],
    ]);
    const res = await putWeights(
      { publicDemand: 10, residentValue: 0, publishingEffort: 0, risk: 0 },
      '"1"',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, updatedBy: { id: admin.user.id } });
    expect(await titles()).toEqual([
      [1, 'Popular but hard', 100],
      [2, 'Easy but quiet', 0],
    ]);
    await putWeights({ publicDemand: 0, residentValue: 0, publishingEffort: 5, risk: 5 }, '"2"');
    expect((await titles()).map(([, title]) => title)).toEqual([
      'Easy but quiet',
      'Popular but hard',
    ]);
    const audit = await database.db('audit_log').orderBy('id', 'desc').first();
    expect(audit).toMatchObject({
      action: 'update',
      entity: 'dataset_priority_weights',
      actor_id: admin.user.id,
    });
  });
});

describe('GET /api/v1/open-data/release-list', () => {
  it('answers the public 401', async () => {
    expectProblem(await request(app).get('/api/v1/open-data/release-list'), 401);
  });

  it('ranks datasets still to release by score, then title; leaves out published, retired and non-public ones', async () => {
    await makeDataset(database.db, dsc, { title: 'B permits', ...scores(4, 4, 2, 2) });
    await makeDataset(database.db, dsc, {
      title: 'A permits',
      ...scores(4, 4, 2, 2),
      pipeline_state: 'approved',
    });
    await makeDataset(database.db, police, {
      title: 'Calls for service',
      ...scores(5, 5, 1, 1),
      pipeline_state: 'preparing',
    });
    await makeDataset(database.db, police, { title: 'Low', ...scores(1, 2, 4, 4) });
    await makeDataset(database.db, police, {
      title: 'Published',
      ...scores(5, 5, 1, 1),
      pipeline_state: 'published',
      download_url: 'https://x.example/a.csv',
    });
    await makeDataset(database.db, police, {
      title: 'Retired',
      ...scores(5, 5, 1, 1),
      pipeline_state: 'retired',
    });
    await makeDataset(database.db, police, {
      title: 'Case files',
      ...scores(5, 5, 1, 1),
      access_level: 'non_public',
      access_reason: 'Criminal investigations',
    });
    const list = ReleaseList.parse((await budget.agent.get('/api/v1/open-data/release-list')).body);
    expect(list.data.map((d) => d.title)).toEqual([
      'Calls for service',
      'A permits',
      'B permits',
      'Low',
    ]);
    const s = list.data.map((d) => d.priorityScore);
    expect([...s].sort((a, b) => b - a)).toEqual(s);
  });
});

describe('GET /api/v1/open-data/stale', () => {
  it('answers the public 401 and a bad department 400', async () => {
    expectProblem(await request(app).get('/api/v1/open-data/stale'), 401);
    expectProblem(
      await council.agent.get('/api/v1/open-data/stale?department=x'),
      400,
      'query.department',
    );
  });

  it('lists published datasets stale or due soon on a fixed today, by department', async () => {
    const published = { pipeline_state: 'published', download_url: 'https://x.example/d.csv' };
    await makeDataset(database.db, dsc, {
      ...published,
      title: 'Permits',
      update_frequency: 'monthly',
      last_updated: '2026-10-10',
    });
    await makeDataset(database.db, dsc, {
      ...published,
      title: 'Inspections',
      update_frequency: 'weekly',
      last_updated: '2026-11-20',
    });
    await makeDataset(database.db, dsc, {
      ...published,
      title: 'Fresh',
      update_frequency: 'annual',
      last_updated: '2026-07-01',
    });
    await makeDataset(database.db, police, {
      ...published,
      title: 'Crime',
      update_frequency: 'daily',
      last_updated: '2026-11-01',
    });
    await makeDataset(database.db, police, {
      title: 'Unpublished',
      update_frequency: 'daily',
      last_updated: '2020-01-01',
    });
    await makeDataset(database.db, police, {
      ...published,
      title: 'Whenever',
      update_frequency: 'as_needed',
      last_updated: '2020-01-01',
    });
    const body = StaleDatasets.parse((await council.agent.get('/api/v1/open-data/stale')).body);
    expect(body.asOf).toBe('2026-11-25');
    expect(
      body.departments.map((g) => [
        g.department.code,
        g.stale.map((d) => d.title),
        g.dueSoon.map((d) => d.title),
      ]),
    ).toEqual([
      ['DSC', ['Permits'], ['Inspections']],
      ['POLICE', ['Crime'], []],
    ]);
    const one = StaleDatasets.parse(
      (await council.agent.get(`/api/v1/open-data/stale?department=${police}`)).body,
    );
    expect(one.departments.map((g) => g.department.code)).toEqual(['POLICE']);
  });
});

describe('the public inventory', () => {
  beforeEach(async () => {
    await makeDataset(database.db, police, {
      title: 'Internal affairs case files',
      description: 'Secret description',
      steward_email: 'ia@city.example',
      access_level: 'non_public',
      access_reason: 'Personnel records are confidential under state law',
    });
    await makeDataset(database.db, dsc, {
      title: 'Building permits',
      pipeline_state: 'published',
      download_url: 'https://data.example/permits.csv',
      license: 'https://creativecommons.org/publicdomain/zero/1.0/',
      formats: '{CSV}',
    });
    await makeDataset(database.db, dsc, {
      title: 'Zoning cases',
      download_url: 'https://data.example/zoning.csv',
    });
  });

  it('lists every dataset, non-public ones by title and reason only, links only once published', async () => {
    const res = await request(app).get('/api/v1/open-data/inventory');
    expect(res.status).toBe(200);
    const body = PublicInventory.parse(res.body);
    expect(body.counts).toEqual({ total: 3, published: 1, nonPublic: 1 });
    const secret = body.data.find((d) => d.accessLevel === 'non_public');
    expect(Object.keys(secret ?? {}).sort()).toEqual([
      'accessLevel',
      'accessReason',
      'id',
      'title',
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/Secret description|ia@city/);
    expect(body.data.find((d) => d.title === 'Building permits')).toMatchObject({
      downloadUrl: 'https://data.example/permits.csv',
      stewardName: 'Pat Steward',
    });
    expect(body.data.find((d) => d.title === 'Zoning cases')).toMatchObject({
      pipelineState: 'proposed',
      downloadUrl: null,
      stewardEmail: null,
    });
  });

  it('lists the published datasets with their links', async () => {
    const body = PublicInventory.parse((await request(app).get('/api/v1/open-data/datasets')).body);
    expect(body.data.map((d) => d.title)).toEqual(['Building permits']);
    const filtered = await request(app).get('/api/v1/open-data/inventory?published=maybe');
    expectProblem(filtered, 400, 'query.published');
  });
});

describe('CORS on the public read API', () => {
  it('lets any website read public GET answers without a session, never with credentials', async () => {
    await makeKpi(database.db, { department_id: dsc, is_public: true });
    for (const path of [
      '/api/v1/open-data/inventory',
      '/api/v1/kpis',
      '/api/v1/open-data/weights',
    ]) {
      const res = await request(app).get(path).set('Origin', 'https://journalist.example');
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      // The cache headers stay as they were.
      expect(res.headers['cache-control']).toMatch(/^public, max-age=/);
      expect(res.headers.etag).toBeDefined();
      expect(res.headers.vary).toMatch(/Cookie/);
    }
  });

  it('answers a preflight for reads only', async () => {
    const read = await request(app)
      .options('/api/v1/kpis')
      .set('Origin', 'https://journalist.example')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'if-none-match');
    expect(read.status).toBe(204);
    expect(read.headers['access-control-allow-origin']).toBe('*');
    expect(read.headers['access-control-allow-methods']).toBe('GET, HEAD');
    const write = await request(app)
      .options('/api/v1/datasets')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(write.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('shares nothing signed in, nor any write or error of a private route', async () => {
    const signed = await council.agent
      .get('/api/v1/open-data/inventory')
      .set('Origin', 'https://x.example');
    expect(signed.status).toBe(200);
    expect(signed.headers['access-control-allow-origin']).toBeUndefined();
    const privateList = await request(app)
      .get('/api/v1/datasets')
      .set('Origin', 'https://x.example');
    expect(privateList.status).toBe(401);
    expect(privateList.headers['access-control-allow-origin']).toBeUndefined();
    const write = await request(app)
      .post('/api/v1/datasets')
      .set('Origin', 'https://x.example')
      .send({});
    expect(write.headers['access-control-allow-origin']).toBeUndefined();
  });
});
