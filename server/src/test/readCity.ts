/**
 * A small city whose every number is known, for the read API's tests. "Today" is 2026-11-25
 * (FY2027 with a July fiscal year); the latest complete month is October 2026.
 */
import type { Db } from '../db/database';
import {
  makeDashboard,
  makeDepartment,
  makeGoal,
  makeKpi,
  makeMeasurement,
  makeObjective,
  makePlan,
  makeTarget,
} from './factories';

export const TODAY = new Date('2026-11-25T17:00:00Z');
const fy2027Months = ['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'];

export async function buildReadCity(db: Db) {
  const plan = await makePlan(db);
  const economy = await makeGoal(db, plan.id, { number: 1, title: 'Strong and Diverse Economy' });
  const safety = await makeGoal(db, plan.id, { number: 2, title: 'Safe and Secure Community' });
  const jobs = await makeObjective(db, economy.id, { number: 1, title: 'Grow jobs' });
  const permitting = await makeObjective(db, economy.id, { number: 2, title: 'Timely permitting' });
  const response = await makeObjective(db, safety.id, {
    number: 1,
    title: 'Fast emergency response',
  });
  const dsc = await makeDepartment(db, { code: 'DSC', name: 'Development Services' });
  const police = await makeDepartment(db, { code: 'PD', name: 'Police' });

  // Monthly mean, increase, target 100: Oct 110 is on track; FYTD mean 98.75 is at risk.
  const satisfaction = await makeKpi(db, {
    code: 'ECO-01',
    name: 'Business satisfaction index',
    description: 'Survey of local businesses',
    department_id: dsc.id,
    objective_id: jobs.id,
    aggregation: 'mean',
    is_public: true,
    methodology: 'Monthly survey, 0-200 scale',
  });
  for (const [i, value] of [90, 95, 100, 110].entries()) {
    await makeMeasurement(db, satisfaction.id, fy2027Months[i] as string, value, {
      note: i === 3 ? 'Best month yet' : '',
    });
  }
  await makeMeasurement(db, satisfaction.id, '2025-10-01', 80);
  await makeMeasurement(db, satisfaction.id, '2026-06-01', 85);
  await makeTarget(db, satisfaction.id, 2027, 100);
  await makeTarget(db, satisfaction.id, 2026, 90);

  // Monthly decrease in days, target 10: Oct 12 days scores 0.83, off track.
  const turnaround = await makeKpi(db, {
    code: 'DSC-01',
    name: 'Plan review turnaround',
    department_id: dsc.id,
    objective_id: permitting.id,
    display_format: 'days',
    unit: 'days',
    direction: 'decrease',
    aggregation: 'mean',
    is_public: true,
  });
  for (const [i, value] of [9, 10, 11, 12].entries())
    await makeMeasurement(db, turnaround.id, fy2027Months[i] as string, value);
  await makeTarget(db, turnaround.id, 2027, 10);

  // Ratio: 45/50 then 10/100; FYTD is 55/150, not the mean of 90% and 10%.
  const firstCycle = await makeKpi(db, {
    code: 'DSC-02',
    name: 'First-cycle approval rate',
    department_id: dsc.id,
    objective_id: permitting.id,
    display_format: 'percent',
    aggregation: 'ratio',
  });
  await makeMeasurement(db, firstCycle.id, '2026-09-01', 0.9, { numerator: 45, denominator: 50 });
  await makeMeasurement(db, firstCycle.id, '2026-10-01', 0.1, { numerator: 10, denominator: 100 });
  await makeTarget(db, firstCycle.id, 2027, 0.5);

  // Sum, FY target 1,200: each month is held to 100; Jul..Oct at 100 is on track to date.
  const permits = await makeKpi(db, {
    code: 'DSC-03',
    name: 'Permits issued',
    department_id: dsc.id,
    objective_id: permitting.id,
    aggregation: 'sum',
    is_public: true,
  });
  for (const month of fy2027Months) await makeMeasurement(db, permits.id, month, 100);
  await makeTarget(db, permits.id, 2027, 1200);

  // No measurement at all.
  const newMeasure = await makeKpi(db, {
    code: 'PD-01',
    name: 'Response time to priority calls',
    department_id: police.id,
    objective_id: response.id,
    display_format: 'minutes',
    direction: 'decrease',
    aggregation: 'mean',
    frequency: 'monthly',
  });
  // Measured, no target; last reported in FY2026, so stale by now.
  const staleMeasure = await makeKpi(db, {
    code: 'PD-02',
    name: 'Community meetings held',
    department_id: police.id,
    objective_id: response.id,
  });
  await makeMeasurement(db, staleMeasure.id, '2026-05-01', 7);
  // Operational (no objective) and archived KPIs stay out of the plan's roll-ups.
  const operational = await makeKpi(db, {
    code: 'OPS-01',
    name: 'Fleet availability',
    department_id: police.id,
  });
  const archived = await makeKpi(db, {
    code: 'OLD-01',
    name: 'Retired measure',
    department_id: dsc.id,
    objective_id: jobs.id,
    archived_at: new Date('2025-01-01'),
  });

  const board = await makeDashboard(db, {
    slug: 'development-services-center',
    title: 'Development Services Center',
  });
  for (const [position, kpi] of [turnaround, permits, firstCycle].entries()) {
    await db('dashboard_kpis').insert({ dashboard_id: board.id, kpi_id: kpi.id, position });
  }
  await db('annotations').insert([
    { kpi_id: turnaround.id, date: '2026-08-15', label: 'New permit system' },
    { kpi_id: null, date: '2020-03-16', label: 'COVID-19 closures' },
    { kpi_id: satisfaction.id, date: '2026-09-01', label: 'Hidden', archived_at: new Date() },
  ]);

  return {
    plan,
    goals: { economy, safety },
    objectives: { jobs, permitting, response },
    departments: { dsc, police },
    kpis: {
      satisfaction,
      turnaround,
      firstCycle,
      permits,
      newMeasure,
      staleMeasure,
      operational,
      archived,
    },
    board,
  };
}
export type ReadCity = Awaited<ReturnType<typeof buildReadCity>>;
