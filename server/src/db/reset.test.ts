import request from 'supertest';
import { PriorityWeights } from '@civicstat/shared';
import { createApp } from '../app';
import { testConfig } from '../test/config';
import { openTestDatabase, type TestDatabase } from '../test/database';
import { resetData } from './reset';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('resetData (npm run seed -- --reset)', () => {
  it('empties the tables and puts back the rows the migrations made, so reads need not write', async () => {
    const { db } = database;
    await db('dataset_priority_weights').where({ id: 1 }).update({ public_demand: 9, version: 4 });
    await db('departments').insert({ code: 'DSC', name: 'Development Services' });

    await resetData(db);
    expect(await db('departments').count({ n: '*' })).toEqual([{ n: 0 }]);
    // Back before anything reads it: no read has to write it.
    expect(await db('dataset_priority_weights').count({ n: '*' })).toEqual([{ n: 1 }]);
    const app = createApp({ db, config: testConfig() });
    const weights = PriorityWeights.parse(
      (await request(app).get('/api/v1/open-data/weights')).body,
    );
    expect(weights).toMatchObject({ publicDemand: 3, version: 1 });
  });
});
