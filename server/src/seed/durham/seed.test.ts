import {
  fiscalYearOf,
  periodStartOf,
  periodTarget,
  periodsPerFiscalYear,
  statusOf,
  type KpiAggregation,
  type KpiDirection,
  type KpiFrequency,
  type KpiStatus,
} from '@civicstat/shared';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { developmentServicesCodes } from './catalog';
import { hasPlanData, seedDurham, type SeedSummary } from '.';

const today = '2026-11-25';
const options = { today, fiscalYearStartMonth: 7 };

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** Everything the seed writes, in a fixed order, as text. */
async function dump(): Promise<string> {
  const { db } = database;
  const tables = {
    kpis: await db('kpis').orderBy('code'),
    targets: await db('kpi_targets').orderBy(['kpi_id', 'fiscal_year']),
    measurements: await db('measurements').orderBy(['kpi_id', 'period_start']),
    annotations: await db('annotations').orderBy('id'),
    datasets: await db('datasets').orderBy('id'),
    dashboards: await db('dashboard_kpis').orderBy(['dashboard_id', 'position']),
  };
  return JSON.stringify(tables);
}

describe('hasPlanData', () => {
  beforeEach(async () => {
    await database.reset();
  });

  it('is false on an empty database and true once the demo data is loaded', async () => {
    expect(await hasPlanData(database.db)).toBe(false);
    await seedDurham(database.db, options);
    expect(await hasPlanData(database.db)).toBe(true);
  });
});

describe('the Durham demo data', () => {
  let summary: SeedSummary;

  beforeAll(async () => {
    await database.reset();
    summary = await seedDurham(database.db, options);
  });

  it('reports what it loaded, and loads at least the demo minimums', async () => {
    const { db } = database;
    const count = async (table: string) => Number((await db(table).count({ n: '*' }))[0]?.n);
    expect(summary).toEqual({
      departments: await count('departments'),
      goals: await count('goals'),
      objectives: await count('objectives'),
      kpis: await count('kpis'),
      targets: await count('kpi_targets'),
      measurements: await count('measurements'),
      annotations: await count('annotations'),
      dashboards: await count('dashboards'),
      users: await count('users'),
      datasets: await count('datasets'),
    });
    expect(summary.departments).toBeGreaterThanOrEqual(12);
    expect(summary.goals).toBe(5);
    expect(summary.objectives).toBeGreaterThanOrEqual(10);
    expect(summary.kpis).toBeGreaterThanOrEqual(60);
    expect(summary.annotations).toBeGreaterThanOrEqual(5);
    expect(summary.measurements).toBeGreaterThan(summary.kpis * 10);
  });

  it('creates one demo account per role, the department head answering for Development Services', async () => {
    const users = await database
      .db('users as u')
      .leftJoin('user_departments as ud', 'ud.user_id', 'u.id')
      .leftJoin('departments as d', 'd.id', 'ud.department_id')
      .orderBy('u.role')
      .select('u.role', 'd.name as department');
    expect(users).toEqual([
      { role: 'admin', department: null },
      { role: 'budget_office', department: null },
      { role: 'council', department: null },
      { role: 'department_head', department: 'Development Services' },
    ]);
  });

  it("holds one active plan with Durham's five goals, each with two to four objectives", async () => {
    const { db } = database;
    const plans = await db('plans').select('status', 'first_fiscal_year', 'last_fiscal_year');
    expect(plans).toEqual([expect.objectContaining({ status: 'active', first_fiscal_year: 2017 })]);
    expect(plans[0].last_fiscal_year).toBeGreaterThan(fiscalYearOf(today) + 2);
    expect(await db('goals').orderBy('number').select('number', 'title')).toEqual([
      { number: 1, title: 'Strong and Diverse Economy' },
      { number: 2, title: 'Safe and Secure Community' },
      { number: 3, title: 'Thriving Livable Neighborhoods' },
      { number: 4, title: 'Well-Managed City' },
      { number: 5, title: "Stewardship of the City's Physical Assets" },
    ]);
    const perGoal = await db('objectives').groupBy('goal_id').count({ n: '*' });
    for (const { n } of perGoal) expect(Number(n)).toBeGreaterThanOrEqual(2);
    for (const { n } of perGoal) expect(Number(n)).toBeLessThanOrEqual(4);
  });

  it('mixes directions, frequencies and aggregations, with some internal and operational KPIs', async () => {
    const kpis = await database.db('kpis').select();
    const values = (column: string) => new Set(kpis.map((k) => k[column]));
    expect(values('direction')).toEqual(new Set(['increase', 'decrease', 'range']));
    expect(values('frequency')).toEqual(new Set(['monthly', 'quarterly', 'annual']));
    for (const aggregation of ['sum', 'mean', 'ratio', 'last']) {
      expect(values('aggregation').has(aggregation)).toBe(true);
    }
    expect(kpis.filter((k) => k.direction === 'range').length).toBeGreaterThanOrEqual(2);
    expect(kpis.filter((k) => k.objective_id === null).length).toBeGreaterThanOrEqual(3);
    const internal = kpis.filter((k) => !k.is_public).length;
    expect(internal).toBeGreaterThan(0);
    expect(internal).toBeLessThan(kpis.length / 4);
  });

  it('shows the Development Services Center KPIs on its dashboard, in order', async () => {
    const rows = await database
      .db('dashboard_kpis as dk')
      .join('dashboards as d', 'd.id', 'dk.dashboard_id')
      .join('kpis as k', 'k.id', 'dk.kpi_id')
      .where('d.slug', 'development-services-center')
      .orderBy('dk.position')
      .select('d.title', 'dk.position', 'k.code');
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.map((r) => r.title)).toEqual(rows.map(() => 'Development Services Center'));
    expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
    expect(rows.map((r) => r.code)).toEqual(developmentServicesCodes);
  });

  it('runs each series from FY2017 (the DSC from April 2017) through the period holding today', async () => {
    const spans = (await database
      .db('measurements as m')
      .join('kpis as k', 'k.id', 'm.kpi_id')
      .groupBy('k.code', 'k.frequency')
      .select('k.code', 'k.frequency')
      .min({ first: 'm.period_start' })
      .max({ last: 'm.period_start' })) as Array<{
      code: string;
      frequency: KpiFrequency;
      first: string;
      last: string;
    }>;
    for (const { code, frequency, first, last } of spans) {
      const opened = developmentServicesCodes.includes(code) ? '2017-04-01' : '2016-07-01';
      expect({ code, first }).toEqual({ code, first: opened });
      expect({ code, last }).toEqual({ code, last: periodStartOf(today, frequency) });
    }
    const monthly = spans.find((s) => s.code === 'POL-03');
    expect(monthly).toMatchObject({
      frequency: 'monthly',
      first: '2016-07-01',
      last: '2026-11-01',
    });
  });

  it('gives every ratio measurement its numerator and denominator, and value = numerator / denominator', async () => {
    const ratios = await database
      .db('measurements as m')
      .join('kpis as k', 'k.id', 'm.kpi_id')
      .where('k.aggregation', 'ratio')
      .select('k.code', 'm.value', 'm.numerator', 'm.denominator');
    expect(ratios.length).toBeGreaterThan(1000);
    for (const { code, value, numerator, denominator } of ratios) {
      expect({
        code,
        parts: typeof numerator === 'number' && typeof denominator === 'number',
      }).toEqual({ code, parts: true });
      expect(Math.abs(value - numerator / denominator)).toBeLessThan(1e-6);
    }
    const others = await database
      .db('measurements as m')
      .join('kpis as k', 'k.id', 'm.kpi_id')
      .whereNot('k.aggregation', 'ratio')
      .whereNotNull('m.numerator')
      .count({ n: '*' });
    expect(Number(others[0]?.n)).toBe(0);
  });

  it('has a target for every fiscal year through next year, as a band for range KPIs', async () => {
    const rows = await database
      .db('kpi_targets as t')
      .join('kpis as k', 'k.id', 't.kpi_id')
      .select(
        'k.code',
        'k.direction',
        't.fiscal_year',
        't.period_start',
        't.target',
        't.target_low',
      );
    const years = new Map<string, number[]>();
    for (const row of rows) {
      expect(row.period_start).toBeNull();
      expect(row.direction === 'range' ? row.target_low : row.target).not.toBeNull();
      years.set(row.code, [...(years.get(row.code) ?? []), row.fiscal_year]);
    }
    const nextYear = fiscalYearOf(today) + 1;
    for (const [code, fiscalYears] of years) {
      const expected = Array.from({ length: nextYear - 2017 + 1 }, (_, i) => 2017 + i);
      expect({ code, fiscalYears: fiscalYears.sort((a, b) => a - b) }).toEqual({
        code,
        fiscalYears: expected,
      });
    }
  });

  it('approves every period but the latest, which is partly submitted and partly draft', async () => {
    const rows = await database
      .db('measurements as m')
      .join('kpis as k', 'k.id', 'm.kpi_id')
      .select('k.frequency', 'm.period_start', 'm.state', 'm.reviewed_at');
    const latest = rows.filter((r) => r.period_start === periodStartOf(today, r.frequency));
    const earlier = rows.filter((r) => r.period_start !== periodStartOf(today, r.frequency));
    expect(new Set(earlier.map((r) => r.state))).toEqual(new Set(['approved']));
    const states = latest.map((r) => r.state);
    expect(states.filter((s) => s === 'submitted').length).toBeGreaterThan(latest.length / 5);
    expect(states.filter((s) => s === 'draft').length).toBeGreaterThan(latest.length / 5);
    const reviewed = rows.flatMap((r) => (r.reviewed_at ? [r.reviewed_at.getTime()] : []));
    expect(Math.max(...reviewed)).toBeLessThanOrEqual(Date.parse(`${today}T23:59:59Z`));
  });

  it('marks the DSC opening on its KPIs and COVID-19 city-wide, with commentary on off-track periods', async () => {
    const { db } = database;
    const opening = await db('annotations as a')
      .join('kpis as k', 'k.id', 'a.kpi_id')
      .where('a.label', 'Development Services Center opens')
      .select('k.code', 'a.date');
    expect(opening.map((a) => a.code).sort()).toEqual([...developmentServicesCodes].sort());
    expect(new Set(opening.map((a) => a.date))).toEqual(new Set(['2017-04-03']));
    const cityWide = await db('annotations').whereNull('kpi_id').select('label', 'date');
    expect(cityWide).toEqual(
      expect.arrayContaining([{ label: expect.stringMatching(/COVID-19/), date: '2020-03-16' }]),
    );
    const notes = await db('measurements').whereNot('note', '').count({ n: '*' });
    expect(Number(notes[0]?.n)).toBeGreaterThan(summary.measurements / 20);
  });

  it('puts about half the KPIs on track and the rest at risk or off track, by the status rule', async () => {
    const { db } = database;
    const latest = await db('measurements as m')
      .join('kpis as k', 'k.id', 'm.kpi_id')
      .distinctOn('k.id')
      .orderBy([{ column: 'k.id' }, { column: 'm.period_start', order: 'desc' }])
      .select('k.id', 'k.direction', 'k.frequency', 'k.aggregation', 'k.tolerance')
      .select('m.period_start', 'm.value');
    const targets = await db('kpi_targets').whereNull('period_start').select();
    expect(latest.length).toBe(summary.kpis);
    const counts: Partial<Record<KpiStatus, number>> = {};
    for (const kpi of latest) {
      const fiscalYear = fiscalYearOf(kpi.period_start, options.fiscalYearStartMonth);
      const target = targets.find((t) => t.kpi_id === kpi.id && t.fiscal_year === fiscalYear);
      // A `sum` KPI's target is the fiscal-year total: one period is held to its share.
      const status = statusOf({
        direction: kpi.direction as KpiDirection,
        actual: kpi.value,
        target: periodTarget({
          fiscalYearTarget:
            target.target === null
              ? { low: target.target_low, high: target.target_high }
              : { value: target.target },
          aggregation: kpi.aggregation as KpiAggregation,
          periodsInYear: periodsPerFiscalYear(
            fiscalYear,
            kpi.frequency as KpiFrequency,
            options.fiscalYearStartMonth,
          ),
        }),
        tolerance: kpi.tolerance,
      });
      counts[status] = (counts[status] ?? 0) + 1;
    }
    const share = (status: KpiStatus) => (counts[status] ?? 0) / latest.length;
    expect(share('on_track')).toBeGreaterThanOrEqual(0.4);
    expect(share('on_track')).toBeLessThanOrEqual(0.6);
    expect(share('at_risk')).toBeGreaterThanOrEqual(0.15);
    expect(share('off_track')).toBeGreaterThanOrEqual(0.15);
  });
});

describe('seedDurham', () => {
  beforeEach(async () => {
    await database.reset();
  });

  it('loads identical data, timestamps included, for the same today', async () => {
    await seedDurham(database.db, options);
    const first = await dump();
    await database.reset();
    await seedDurham(database.db, options);
    expect(await dump()).toBe(first);
  });

  it('refuses to load into a database that already holds a plan, and leaves it untouched', async () => {
    await seedDurham(database.db, options);
    const before = await dump();
    await expect(seedDurham(database.db, options)).rejects.toThrow(/already holds a plan/);
    expect(await dump()).toBe(before);
  });
});
