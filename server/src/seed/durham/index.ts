/**
 * Loads the City of Durham demo data (DESIGN.md §7) into an empty database in one transaction.
 * The same `today` always loads the same rows, timestamps included.
 */
import { fiscalYearRange } from '@civicstat/shared';
import type { Db } from '../../db/database';
import { buildDurham, type BuildOptions } from './build';
import { DSC_OPENED } from './catalog/developmentServices';
import { dashboards } from './dashboards';
import { seedDatasets } from './datasets';
import { departments } from './departments';
import { addDays, stamp } from './measurements';
import { goals, plan } from './plan';
import { boundsOf } from './series';
import { demoUsers } from './users';
import { hashPassword } from '../../services/auth/passwords';

export interface SeedSummary {
  departments: number;
  goals: number;
  objectives: number;
  kpis: number;
  targets: number;
  measurements: number;
  annotations: number;
  dashboards: number;
  users: number;
  datasets: number;
}

/** Rows per insert: few round trips, well under PostgreSQL's 65,535 parameters per statement. */
const BATCH = 1000;

/** When the plan, departments and KPIs were set up, just before FY2017. */
const PLANNED_ON = '2016-06-15';

/** Whether the database already holds a strategic plan (the server seeds only when it does not). */
export async function hasPlanData(db: Db): Promise<boolean> {
  return (await db('plans').first('id')) !== undefined;
}

async function insertInBatches(db: Db, table: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db(table).insert(rows.slice(i, i + BATCH));
  }
}

/** Inserted rows' ids by a natural key (a code, a number). */
function idsBy(rows: ReadonlyArray<Record<string, unknown>>, key: string): Map<string, number> {
  return new Map(rows.map((row) => [String(row[key]), Number(row.id)]));
}

function need<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to an unknown key: ${key}`);
  return value;
}

export async function seedDurham(db: Db, options: BuildOptions): Promise<SeedSummary> {
  const { today, fiscalYearStartMonth } = options;
  const data = buildDurham(options);
  const planned = stamp(PLANNED_ON, today, 14);
  const created = (at: string) => ({ created_at: at, updated_at: at });
  // Hashing is slow and needs no database: done before the transaction opens.
  const passwordHashes = await Promise.all(demoUsers.map((u) => hashPassword(u.password)));

  return db.transaction(async (trx) => {
    if (await hasPlanData(trx)) {
      throw new Error(
        'the database already holds a plan; the demo data loads only into an empty one',
      );
    }
    const departmentIds = idsBy(
      await trx('departments')
        .insert(departments.map(({ code, name }) => ({ code, name, ...created(planned) })))
        .returning(['id', 'code']),
      'code',
    );
    const [planRow] = await trx('plans')
      .insert({
        title: plan.title,
        vision: plan.vision,
        first_fiscal_year: plan.firstFiscalYear,
        last_fiscal_year: data.lastFiscalYear,
        status: 'active',
        ...created(planned),
      })
      .returning('id');
    const goalIds = idsBy(
      await trx('goals')
        .insert(
          goals.map(({ number, title, description, colour }) => ({
            plan_id: planRow.id,
            number,
            title,
            description,
            colour,
            ...created(planned),
          })),
        )
        .returning(['id', 'number']),
      'number',
    );
    const objectiveRows = goals.flatMap((goal) =>
      goal.objectives.map((title, i) => ({
        goal_id: need(goalIds, String(goal.number)),
        number: i + 1,
        title,
        ...created(planned),
      })),
    );
    const goalNumbers = new Map([...goalIds].map(([number, id]) => [id, number]));
    const objectiveIds = new Map(
      (
        (await trx('objectives')
          .insert(objectiveRows)
          .returning(['id', 'goal_id', 'number'])) as Array<{
          id: number;
          goal_id: number;
          number: number;
        }>
      ).map((row) => [`${goalNumbers.get(row.goal_id)}.${row.number}`, row.id]),
    );

    const owners = new Map<string, string>(departments.map((d) => [d.code, d.owner]));
    const kpiIds = idsBy(
      await trx('kpis')
        .insert(
          data.kpis.map(({ definition: kpi }) => {
            const { min, max } = boundsOf(kpi);
            return {
              code: kpi.code,
              name: kpi.name,
              description: kpi.description,
              department_id: need(departmentIds, kpi.department),
              objective_id: kpi.objective === null ? null : need(objectiveIds, kpi.objective),
              unit: kpi.unit,
              display_format: kpi.format,
              direction: kpi.direction,
              frequency: kpi.frequency,
              aggregation: kpi.aggregation,
              tolerance: kpi.tolerance ?? 0.05,
              min_value: min,
              max_value: max,
              is_public: kpi.isPublic ?? true,
              data_source: kpi.dataSource,
              methodology: kpi.methodology,
              owner: kpi.owner ?? need(owners, kpi.department),
              ...created(kpi.startsOn ? stamp(addDays(kpi.startsOn, -14), today, 14) : planned),
            };
          }),
        )
        .returning(['id', 'code']),
      'code',
    );

    const targetRows = data.kpis.flatMap(({ definition, targets }) =>
      targets.map((t) => ({
        kpi_id: need(kpiIds, definition.code),
        fiscal_year: t.fiscalYear,
        period_start: null,
        target: t.target,
        target_low: t.targetLow,
        target_high: t.targetHigh,
        // Adopted with the budget, a couple of weeks before the fiscal year starts.
        ...created(
          stamp(addDays(fiscalYearRange(t.fiscalYear, fiscalYearStartMonth).start, -16), today, 14),
        ),
      })),
    );
    await insertInBatches(trx, 'kpi_targets', targetRows);

    const measurementRows = data.kpis.flatMap(({ measurements }) =>
      measurements.map((m) => ({
        kpi_id: need(kpiIds, m.kpiCode),
        period_start: m.periodStart,
        value: m.value,
        numerator: m.numerator,
        denominator: m.denominator,
        note: m.note,
        state: m.state,
        entered_at: m.enteredAt,
        submitted_at: m.submittedAt,
        reviewed_at: m.reviewedAt,
        created_at: m.enteredAt,
        updated_at: m.reviewedAt ?? m.submittedAt ?? m.enteredAt,
      })),
    );
    await insertInBatches(trx, 'measurements', measurementRows);

    const annotationRows = data.annotations.map((a) => ({
      kpi_id: a.kpiCode === null ? null : need(kpiIds, a.kpiCode),
      date: a.date,
      label: a.label,
      description: a.description,
      ...created(stamp(a.date, today, 15)),
    }));
    await insertInBatches(trx, 'annotations', annotationRows);

    for (const board of dashboards) {
      const [row] = await trx('dashboards')
        .insert({
          slug: board.slug,
          title: board.title,
          description: board.description,
          is_public: board.isPublic,
          ...created(stamp(DSC_OPENED, today, 14)),
        })
        .returning('id');
      await trx('dashboard_kpis').insert(
        board.kpiCodes.map((code, position) => ({
          dashboard_id: row.id,
          kpi_id: need(kpiIds, code),
          position,
        })),
      );
    }

    for (const [i, user] of demoUsers.entries()) {
      const [row] = await trx('users')
        .insert({
          email: user.email,
          name: user.name,
          role: user.role,
          password_hash: passwordHashes[i],
          ...created(planned),
        })
        .returning('id');
      if (user.departments.length > 0) {
        await trx('user_departments').insert(
          user.departments.map((code) => ({
            user_id: row.id,
            department_id: need(departmentIds, code),
          })),
        );
      }
    }

    const datasetCount = await seedDatasets(trx, today, departmentIds, kpiIds);

    return {
      departments: departmentIds.size,
      goals: goalIds.size,
      objectives: objectiveRows.length,
      kpis: kpiIds.size,
      targets: targetRows.length,
      measurements: measurementRows.length,
      annotations: annotationRows.length,
      dashboards: dashboards.length,
      users: demoUsers.length,
      datasets: datasetCount,
    };
  });
}
