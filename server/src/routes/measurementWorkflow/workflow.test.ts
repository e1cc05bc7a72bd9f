import { Measurement } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeDepartment, makeKpi, makeMeasurement, makeTarget } from '../../test/factories';
import { signedIn, type SignedIn } from '../../test/session';
import { change, dump, expectProblem } from '../../test/writes';

const TODAY = new Date('2026-11-25T17:00:00Z');
const PERIOD = '2026-10-01';

let database: TestDatabase;
let app: App;
let dscId: number;
let budget: SignedIn;
let head: SignedIn;
let otherHead: SignedIn;
let council: SignedIn;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
  const { db } = database;
  dscId = (await makeDepartment(db, { code: 'DSC', name: 'Development Services' })).id;
  const policeId = (await makeDepartment(db, { code: 'PD', name: 'Police' })).id;
  budget = await signedIn(app, db, 'budget_office');
  head = await signedIn(app, db, 'department_head', [dscId]);
  otherHead = await signedIn(app, db, 'department_head', [policeId]);
  council = await signedIn(app, db, 'council');
});
afterAll(async () => {
  await database.close();
});

const url = (kpiId: number, step: string, period = PERIOD) =>
  `/api/v1/kpis/${kpiId}/measurements/${period}/${step}`;

const step = (who: SignedIn, kpiId: number, name: string, version?: string, body?: object) =>
  change(who, 'post', url(kpiId, name), body, version);

/** A DSC KPI with one value for PERIOD in the given state; its id. */
async function valueIn(state: string, kpiOverrides: Record<string, unknown> = {}) {
  const kpi = await makeKpi(database.db, { department_id: dscId, ...kpiOverrides });
  await makeMeasurement(database.db, kpi.id, PERIOD, 10, { state });
  return kpi.id;
}

const lastAudit = () => database.db('audit_log').orderBy('id', 'desc').first();

describe('POST …/:periodStart/submit, approve, return and reopen', () => {
  it('answer the public 401 and refuse the wrong roles 403', async () => {
    const kpiId = await valueIn('submitted');
    const before = await dump(database.db, 'measurements');
    for (const name of ['submit', 'approve', 'return', 'reopen']) {
      expectProblem(await request(app).post(url(kpiId, name)).set('If-Match', '"1"'), 401);
    }
    expectProblem(await step(budget, kpiId, 'submit', '"1"'), 403);
    expectProblem(await step(council, kpiId, 'submit', '"1"'), 403);
    for (const name of ['approve', 'return', 'reopen']) {
      expectProblem(await step(head, kpiId, name, '"1"', { comment: 'x', reason: 'x' }), 403);
      expectProblem(await step(council, kpiId, name, '"1"', { comment: 'x', reason: 'x' }), 403);
    }
    expect(await dump(database.db, 'measurements')).toEqual(before);
  });

  it('refuse to submit another department’s value (403)', async () => {
    const kpiId = await valueIn('draft');
    expectProblem(await step(otherHead, kpiId, 'submit', '"1"'), 403);
  });

  it('need a comment to return and a reason to reopen, and nothing else (400)', async () => {
    const kpiId = await valueIn('submitted');
    expectProblem(await step(budget, kpiId, 'return', '"1"', {}), 400, 'body.comment');
    expectProblem(
      await step(budget, kpiId, 'return', '"1"', { comment: '   ' }),
      400,
      'body.comment',
    );
    expectProblem(
      await step(budget, kpiId, 'return', '"1"', { comment: 'Fix', extra: 1 }),
      400,
      'body.extra',
    );
    expectProblem(await step(budget, kpiId, 'reopen', '"1"', { why: 'x' }), 400, 'body.reason');
    expectProblem(
      await change(budget, 'post', url(kpiId, 'approve', '2026-02-30'), undefined, '"1"'),
      400,
      'path.periodStart',
    );
  });

  it('answer 404 for an unknown KPI or a period without a value', async () => {
    const kpiId = await valueIn('submitted');
    expectProblem(await step(budget, 999999, 'approve', '"1"'), 404);
    expectProblem(
      await change(budget, 'post', url(kpiId, 'approve', '2026-09-01'), undefined, '"1"'),
      404,
    );
  });

  it('need If-Match (428) with the current version (412, with `current`)', async () => {
    const kpiId = await valueIn('submitted');
    expectProblem(await step(budget, kpiId, 'approve'), 428);
    const stale = await step(budget, kpiId, 'approve', '"3"');
    expectProblem(stale, 412);
    expect(Measurement.parse(stale.body.current)).toMatchObject({ state: 'submitted', version: 1 });
    expect(await database.db('measurements').where({ kpi_id: kpiId }).first()).toMatchObject({
      state: 'submitted',
      version: 1,
    });
  });

  it.each([
    ['submit', 'submitted', 'department_head'],
    ['submit', 'approved', 'department_head'],
    ['approve', 'draft', 'budget_office'],
    ['approve', 'returned', 'budget_office'],
    ['return', 'approved', 'budget_office'],
    ['reopen', 'submitted', 'budget_office'],
    ['reopen', 'draft', 'budget_office'],
  ])('refuse to %s a value that is %s (409 naming the state)', async (name, state, role) => {
    const kpiId = await valueIn(state);
    const who = role === 'budget_office' ? budget : head;
    const res = await step(
      who,
      kpiId,
      name,
      '"1"',
      name === 'return' ? { comment: 'x' } : name === 'reopen' ? { reason: 'x' } : undefined,
    );
    expectProblem(res, 409);
    expect(res.body.detail).toContain(`This value is ${state}`);
    expect(res.body.state).toBe(state);
  });

  it('refuse any step on an archived KPI (409)', async () => {
    const kpiId = await valueIn('draft');
    await database.db('kpis').where({ id: kpiId }).update({ archived_at: TODAY });
    const res = await step(head, kpiId, 'submit', '"1"');
    expectProblem(res, 409);
    expect(res.body.detail).toMatch(/archived/);
  });

  it('refuse to submit an off-track value without commentary (422 naming note), and submit it with one', async () => {
    // A mean KPI held to 100 per month: a draft of 10 is far off track.
    const kpiId = await valueIn('draft', { aggregation: 'mean' });
    await makeTarget(database.db, kpiId, 2027, 100);
    const refused = await step(head, kpiId, 'submit', '"1"');
    expectProblem(refused, 422);
    expect(refused.body.errors).toEqual([
      { path: 'note', message: 'is required when the value is off track' },
    ]);
    expect(await database.db('measurements').where({ kpi_id: kpiId }).first()).toMatchObject({
      state: 'draft',
      version: 1,
    });

    await database.db('measurements').where({ kpi_id: kpiId }).update({ note: 'Staff shortage' });
    expect((await step(head, kpiId, 'submit', '"1"')).status).toBe(200);
  });

  it('submit an on-track or target-less value without commentary', async () => {
    const onTrack = await valueIn('draft', { aggregation: 'mean' });
    await makeTarget(database.db, onTrack, 2027, 5);
    expect((await step(head, onTrack, 'submit', '"1"')).status).toBe(200);
    const noTarget = await valueIn('draft');
    expect((await step(head, noTarget, 'submit', '"1"')).status).toBe(200);
  });

  it('take a value through submit, return, submit and approve, each audited', async () => {
    const kpiId = await valueIn('draft');
    const submitted = await step(head, kpiId, 'submit', '"1"');
    expect(submitted.status).toBe(200);
    expect(submitted.headers.etag).toBe('"2"');
    expect(Measurement.parse(submitted.body)).toMatchObject({
      state: 'submitted',
      version: 2,
      submittedBy: { id: head.user.id },
      submittedAt: TODAY.toISOString(),
    });
    expect(await lastAudit()).toMatchObject({
      actor_id: head.user.id,
      action: 'submit',
      entity: 'measurement',
      before: expect.objectContaining({ state: 'draft', version: 1 }),
      after: expect.objectContaining({ state: 'submitted', version: 2 }),
    });

    const returned = await step(budget, kpiId, 'return', '"2"', { comment: 'Source says 12' });
    expect(returned.body).toMatchObject({
      state: 'returned',
      reviewComment: 'Source says 12',
      reviewedBy: { id: budget.user.id },
      version: 3,
    });
    expect(await lastAudit()).toMatchObject({ action: 'return' });

    const fixed = await change(
      head,
      'put',
      `/api/v1/kpis/${kpiId}/measurements/${PERIOD}`,
      { value: 12 },
      '"3"',
    );
    expect(fixed.body).toMatchObject({ value: 12, state: 'returned', version: 4 });
    expect((await step(head, kpiId, 'submit', '"4"')).body.state).toBe('submitted');

    const approved = await step(budget, kpiId, 'approve', '"5"');
    expect(approved.body).toMatchObject({ state: 'approved', reviewComment: '', version: 6 });
    expect(await lastAudit()).toMatchObject({
      action: 'approve',
      before: expect.objectContaining({ state: 'submitted' }),
      after: expect.objectContaining({ state: 'approved' }),
    });
  });

  it('reopen an approved value into the budget office’s queue, where it can be corrected', async () => {
    const kpiId = await valueIn('approved');
    const edit = (who: SignedIn, version: string) =>
      change(who, 'put', `/api/v1/kpis/${kpiId}/measurements/${PERIOD}`, { value: 11 }, version);
    expectProblem(await edit(head, '"1"'), 409);
    expectProblem(await edit(budget, '"1"'), 409);

    const reopened = await step(budget, kpiId, 'reopen', '"1"', { reason: 'Late invoices' });
    expect(reopened.body).toMatchObject({
      state: 'submitted',
      reviewComment: 'Late invoices',
      version: 2,
    });
    expect(await lastAudit()).toMatchObject({
      action: 'reopen',
      after: expect.objectContaining({ reviewComment: 'Late invoices' }),
    });
    // Still out of the department's hands until the office returns it.
    expectProblem(await edit(head, '"2"'), 409);
    expect((await edit(budget, '"2"')).body).toMatchObject({ value: 11, version: 3 });
    expect((await step(budget, kpiId, 'approve', '"3"')).body.state).toBe('approved');
  });
});
