/**
 * Daily KPIs (311 calls answered, daily inspections): a daily measurement may fall on any day,
 * so "first of a month" moves from a CHECK on measurements to a trigger that knows the KPI.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table kpis drop constraint kpis_frequency');
  await knex.raw(
    "alter table kpis add constraint kpis_frequency check (frequency in ('daily', 'monthly', 'quarterly', 'annual'))",
  );
  await knex.raw('alter table measurements drop constraint measurements_period_start_first_day');
  await knex.raw(`
    create function measurements_check_period_start() returns trigger language plpgsql as $$
    begin
      if extract(day from new.period_start) <> 1
         and (select frequency from kpis where id = new.kpi_id) <> 'daily' then
        raise exception 'period_start % is not the first day of a period of KPI %', new.period_start, new.kpi_id
          using errcode = '23514', column = 'period_start', constraint = 'measurements_period_start_aligned';
      end if;
      return new;
    end $$`);
  await knex.raw(`
    create trigger measurements_period_start_aligned
      before insert or update of period_start, kpi_id on measurements
      for each row execute function measurements_check_period_start()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger measurements_period_start_aligned on measurements');
  await knex.raw('drop function measurements_check_period_start()');
  // Fails while daily measurements exist: remove them (or their KPIs) before going down.
  await knex.raw(
    'alter table measurements add constraint measurements_period_start_first_day check (extract(day from period_start) = 1)',
  );
  await knex.raw('alter table kpis drop constraint kpis_frequency');
  await knex.raw(
    "alter table kpis add constraint kpis_frequency check (frequency in ('monthly', 'quarterly', 'annual'))",
  );
}
