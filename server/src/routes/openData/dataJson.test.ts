/**
 * /data.json against the published Project Open Data v1.1 non-federal JSON Schema, vendored in
 * ./schema. The schemas declare draft-04, which Ajv 8 no longer reads as is: the test loads
 * them with their draft-04 `id` renamed `$id` and the `$schema` line dropped (no other draft-04
 * keyword occurs in them), and with `unicodeRegExp: false` because their date patterns use
 * escapes (`\:`) that a Unicode regular expression refuses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeDataset } from '../../test/datasets';
import {
  makeDepartment,
  makeGoal,
  makeKpi,
  makeMeasurement,
  makeObjective,
  makePlan,
} from '../../test/factories';

const NOW = new Date('2026-11-25T17:00:00Z');
const schemaFiles = [
  'catalog-non-federal.json',
  'dataset-non-federal.json',
  'distribution.json',
  'organization.json',
  'vcard-non-federal.json',
];

function loadDraft04(file: string): object {
  const {
    $schema: _draft,
    id,
    ...rest
  } = JSON.parse(readFileSync(path.join(__dirname, 'schema', file), 'utf8')) as {
    $schema: string;
    id: string;
  };
  return { $id: id, ...rest };
}

function catalogValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  for (const file of schemaFiles) ajv.addSchema(loadDraft04(file));
  const validate = ajv.getSchema('https://project-open-data.cio.gov/v1.1/schema/catalog.json');
  if (!validate) throw new Error('catalog schema not loaded');
  return validate;
}

let database: TestDatabase;
let app: App;
let publicKpi: number;
let privateKpi: number;
/** Public KPIs that must stay out: one archived, one of an archived department. */
let archivedKpi: number;
let closedDepartmentKpi: number;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config: testConfig(), clock: () => NOW });
  const { db } = database;
  const dsc = (await makeDepartment(db, { code: 'DSC', name: 'Development Services' })).id;
  const plan = await makePlan(db);
  const goal = await makeGoal(db, plan.id, { title: 'Strong and Diverse Economy' });
  const objective = await makeObjective(db, goal.id);
  publicKpi = (
    await makeKpi(db, {
      department_id: dsc,
      objective_id: objective.id,
      name: 'Permits issued',
      description: 'Building permits issued in the month.',
      owner: 'Development Services Manager',
      is_public: true,
    })
  ).id;
  await makeMeasurement(db, publicKpi, '2025-07-01', 120);
  await makeMeasurement(db, publicKpi, '2025-08-01', 130);
  /** A KPI with a value for July 2025: in the catalog unless private or archived. */
  const measuredKpi = async (overrides: Record<string, unknown>) => {
    const { id } = await makeKpi(db, overrides);
    await makeMeasurement(db, id, '2025-07-01', 1);
    return id;
  };
  privateKpi = await measuredKpi({
    department_id: dsc,
    name: 'Secret staffing ratio',
    is_public: false,
  });
  await makeDataset(db, dsc, {
    title: 'Building permits',
    pipeline_state: 'published',
    download_url: 'https://data.durhamnc.example/permits.csv',
    landing_url: 'https://data.durhamnc.example/permits',
    license: 'https://creativecommons.org/publicdomain/zero/1.0/',
    formats: '{CSV}',
    keywords: '{permits,construction}',
    themes: '{Development}',
    last_updated: '2026-11-01',
  });
  await makeDataset(db, dsc, {
    title: 'Inspection checklists',
    access_level: 'restricted',
    access_reason: 'Shared with contractors on request',
    pipeline_state: 'published',
    landing_url: 'https://data.durhamnc.example/checklists',
    steward_email: 'first+last@durhamnc.example',
  });
  await makeDataset(db, dsc, { title: 'Proposed zoning cases' });
  await makeDataset(db, dsc, {
    title: 'Applicant records',
    access_level: 'non_public',
    access_reason: 'Personal information',
  });
  // Archived things, each public and published otherwise: none of them is in the catalog.
  archivedKpi = await measuredKpi({
    department_id: dsc,
    name: 'Retired permit backlog',
    is_public: true,
  });
  // Archived once measured: an archived KPI's measurements cannot change.
  await db('kpis').where({ id: archivedKpi }).update({ archived_at: NOW });
  const closed = await makeDepartment(db, {
    code: 'OEWD',
    name: 'Closed Office',
    archived_at: NOW,
  });
  closedDepartmentKpi = await measuredKpi({
    department_id: closed.id,
    name: 'Grants awarded',
    is_public: true,
  });
  await makeDataset(db, dsc, {
    title: 'Old permit system export',
    pipeline_state: 'published',
    download_url: 'https://data.durhamnc.example/old-permits.csv',
    formats: '{CSV}',
    archived_at: NOW,
  });
});
afterAll(async () => {
  await database.close();
});

describe('GET /data.json', () => {
  let res: request.Response;
  beforeAll(async () => {
    res = await request(app).get('/data.json');
  });

  it('validates against the Project Open Data v1.1 non-federal schema', () => {
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const validate = catalogValidator();
    const valid = validate(res.body);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('lists every public KPI series with CSV and JSON downloads, and no private KPI', () => {
    const titles = (res.body.dataset as Array<{ title: string }>).map((d) => d.title);
    expect(titles).toEqual(['Permits issued', 'Building permits', 'Inspection checklists']);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('Secret staffing ratio');
    expect(text).not.toContain(`/kpis/${privateKpi}`);
    const kpi = res.body.dataset[0];
    expect(kpi).toMatchObject({
      accessLevel: 'public',
      accrualPeriodicity: 'R/P1M',
      modified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      temporal: '2025-07-01/2025-08-31',
      theme: ['Strong and Diverse Economy'],
      publisher: { name: 'Development Services' },
      contactPoint: { fn: 'Development Services Manager' },
    });
    expect(kpi.distribution).toEqual([
      expect.objectContaining({
        downloadURL: expect.stringMatching(
          new RegExp(`/api/v1/kpis/${publicKpi}/series\\?format=csv$`),
        ),
        mediaType: 'text/csv',
      }),
      expect.objectContaining({
        downloadURL: expect.stringMatching(new RegExp(`/api/v1/kpis/${publicKpi}/series$`)),
        mediaType: 'application/json',
      }),
    ]);
  });

  it('leaves out archived datasets, archived KPIs, KPIs of archived departments and private KPIs', () => {
    expect(res.body.dataset).toHaveLength(3);
    const text = JSON.stringify(res.body);
    for (const [name, id] of [
      ['Retired permit backlog', archivedKpi],
      ['Grants awarded', closedDepartmentKpi],
      ['Secret staffing ratio', privateKpi],
    ] as const) {
      expect(text).not.toContain(name);
      expect(text).not.toMatch(new RegExp(`/kpis/${id}\\b`));
    }
    expect(text).not.toMatch(/Old permit system export|old-permits\.csv|Closed Office/);
  });

  it('lists the published datasets of the inventory with their links and access level', () => {
    const [, permits, checklists] = res.body.dataset;
    expect(permits).toMatchObject({
      keyword: ['permits', 'construction'],
      modified: '2026-11-01',
      landingPage: 'https://data.durhamnc.example/permits',
      contactPoint: { fn: 'Pat Steward', hasEmail: 'mailto:pat.steward@city.example' },
      distribution: [
        { downloadURL: 'https://data.durhamnc.example/permits.csv', mediaType: 'text/csv' },
      ],
    });
    expect(checklists).toMatchObject({
      accessLevel: 'restricted public',
      rights: 'Shared with contractors on request',
    });
    // An address the schema's mailto pattern refuses is left out rather than breaking the catalog.
    expect(checklists.contactPoint.hasEmail).toBeUndefined();
  });

  it('is cached publicly and readable from any website', () => {
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cache-control']).toMatch(/^public, max-age=300/);
    expect(res.headers.etag).toBeDefined();
  });

  it('the vendored schema refuses a catalog without a publisher', () => {
    const validate = catalogValidator();
    const broken = structuredClone(res.body);
    delete broken.dataset[0].publisher;
    expect(validate(broken)).toBe(false);
  });
});
