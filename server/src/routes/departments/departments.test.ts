import { Department, DepartmentDetail, DepartmentList, type UserRole } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { buildReadCity, TODAY, type ReadCity } from '../../test/readCity';
import type { SignedIn } from '../../test/session';
import {
  dumpTables,
  expectOnlyRoles,
  resetCity,
  send,
  signInEveryRole,
} from '../../test/versionedWrites';
import { expectProblem } from '../../test/writes';

let database: TestDatabase;
let app: App;
let city: ReadCity;
let users: Record<UserRole, SignedIn>;
let admin: SignedIn;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
  users = await signInEveryRole(app, database.db);
  admin = users.admin;
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await resetCity(database.db);
  city = await buildReadCity(database.db);
});

const tables = () => dumpTables(database.db, 'departments', 'audit_log');
const codes = async () =>
  DepartmentList.parse((await admin.agent.get('/api/v1/departments')).body).data.map((d) => d.code);

describe('who may change departments', () => {
  it('answers 401 to the public and 403 to every role but admin', async () => {
    await expectOnlyRoles(
      app,
      users,
      [
        ['post', '/api/v1/departments'],
        ['patch', '/api/v1/departments/1'],
        ['post', '/api/v1/departments/1/archive'],
        ['post', '/api/v1/departments/1/restore'],
      ],
      ['admin'],
    );
  });
});

describe('POST /api/v1/departments', () => {
  it.each([
    ['a lower-case code', { code: 'fire', name: 'Fire' }, 400, 'body.code'],
    ['a blank name', { code: 'FD', name: ' ' }, 400, 'body.name'],
    ['a missing name', { code: 'FD' }, 400, 'body.name'],
    ['an unknown field', { code: 'FD', name: 'Fire', head: 'x' }, 400, 'body.head'],
    ['a code already taken', { code: 'DSC', name: 'Fire' }, 409, 'departments_code_unique'],
  ])('refuses %s, storing nothing', async (_, body, status, path) => {
    const before = await tables();
    expectProblem(await send(admin, 'post', '/api/v1/departments', body), status, path);
    expect(await tables()).toEqual(before);
  });

  it('creates a department, listed at once, with version 1', async () => {
    const res = await send(admin, 'post', '/api/v1/departments', { code: 'FD', name: 'Fire' });
    expect(res.status).toBe(201);
    expect(Department.parse(res.body)).toMatchObject({ code: 'FD', version: 1, archived: false });
    expect(res.headers.etag).toBe('"1"');
    expect(await codes()).toEqual(['DSC', 'FD', 'PD']);
  });
});

describe('changing, archiving and restoring a department', () => {
  it('renames with If-Match (428 without, 412 when stale), visible in its scorecard’s version', async () => {
    const url = `/api/v1/departments/${city.departments.police.id}`;
    expectProblem(await send(admin, 'patch', url, { name: 'Police Department' }), 428);
    expectProblem(await send(admin, 'patch', url, { name: 'Police Department' }, 4), 412);
    const res = await send(admin, 'patch', url, { name: 'Police Department' }, 1);
    expect(res.body).toMatchObject({ name: 'Police Department', version: 2 });
    const scorecard = DepartmentDetail.parse((await admin.agent.get(url)).body);
    expect(scorecard).toMatchObject({ name: 'Police Department', version: 2, archived: false });
  });

  it('archives only a department without live KPIs, and restores it', async () => {
    const dsc = city.departments.dsc.id;
    const refused = await send(admin, 'post', `/api/v1/departments/${dsc}/archive`, undefined, 1);
    expectProblem(refused, 409);
    expect(refused.body.detail).toBe(
      'Department DSC still has 4 live KPIs: archive or move them first.',
    );

    const empty = Department.parse(
      (await send(admin, 'post', '/api/v1/departments', { code: 'FD', name: 'Fire' })).body,
    );
    const url = `/api/v1/departments/${empty.id}`;
    const archived = await send(admin, 'post', `${url}/archive`, undefined, 1);
    expect(archived.body).toMatchObject({ archived: true, version: 2 });
    expect(await codes()).toEqual(['DSC', 'PD']);
    expect(DepartmentDetail.parse((await admin.agent.get(url)).body).archived).toBe(true);
    expect((await request(app).get(url)).status).toBe(404);
    expectProblem(await send(admin, 'post', `${url}/archive`, undefined, 2), 409);

    const restored = await send(admin, 'post', `${url}/restore`, undefined, 2);
    expect(restored.body).toMatchObject({ archived: false, version: 3 });
    expect(await codes()).toEqual(['DSC', 'FD', 'PD']);
    const actions = await database.db('audit_log').where({ entity: 'department' }).orderBy('id');
    expect(actions.map((a) => [a.action, a.entity_id])).toEqual([
      ['create', String(empty.id)],
      ['archive', String(empty.id)],
      ['restore', String(empty.id)],
    ]);
  });
});
