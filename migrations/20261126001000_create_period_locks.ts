/**
 * Period locks: the budget office closes a fiscal year, or one of its quarters, so its values
 * can no longer change. A lock keeps the dates it covers, computed by the server from the
 * fiscal calendar when it is taken. So the database can enforce it without knowing the fiscal
 * year's first month (no settings table kept in step with FISCAL_YEAR_START_MONTH), and a lock
 * goes on meaning the dates it closed even if that setting ever changes.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('period_locks', (t) => {
    t.increments('id');
    t.integer('fiscal_year').notNullable();
    // Null when the whole fiscal year is locked.
    t.integer('quarter');
    t.date('starts_on').notNullable();
    t.date('ends_on').notNullable();
    t.text('reason').notNullable().defaultTo('');
    t.integer('locked_by').references('users.id');
    t.timestamp('locked_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check('fiscal_year between 2000 and 2100', [], 'period_locks_fiscal_year_range');
    t.check('quarter is null or quarter between 1 and 4', [], 'period_locks_quarter_range');
    t.check('starts_on <= ends_on', [], 'period_locks_dates_in_order');
    t.check('length(reason) <= 1000', [], 'period_locks_reason_length');
  });
  await knex.raw(
    'alter table period_locks add constraint period_locks_one_per_period unique nulls not distinct (fiscal_year, quarter)',
  );
  // The lock covering a KPI's period, as `FY2025 Q4`: one whose dates hold the whole period.
  await knex.raw(`
    create function measurement_period_lock(kpi integer, period date) returns text
    language sql stable as $$
      select 'FY' || l.fiscal_year || coalesce(' Q' || l.quarter, '')
      from kpis k
      join period_locks l on l.starts_on <= period
      where k.id = kpi
        and l.ends_on >= (period + case k.frequency
          when 'daily' then interval '1 day'
          when 'monthly' then interval '1 month'
          when 'quarterly' then interval '3 months'
          else interval '1 year' end - interval '1 day')::date
      order by l.quarter nulls first
      limit 1
    $$`);
  // Nothing enters, changes or leaves a locked period, whatever path the change takes.
  await knex.raw(`
    create function measurements_check_period_lock() returns trigger language plpgsql as $$
    declare
      locked text;
    begin
      if tg_op <> 'INSERT' then
        locked := measurement_period_lock(old.kpi_id, old.period_start);
      end if;
      if locked is null and tg_op <> 'DELETE' then
        locked := measurement_period_lock(new.kpi_id, new.period_start);
      end if;
      if locked is not null then
        raise exception '% is locked by the budget office', locked
          using errcode = '23514', column = 'period_start', constraint = 'measurements_period_unlocked';
      end if;
      if tg_op = 'DELETE' then
        return old;
      end if;
      return new;
    end $$`);
  await knex.raw(`
    create trigger measurements_period_unlocked
      before insert or update or delete on measurements
      for each row execute function measurements_check_period_lock()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger measurements_period_unlocked on measurements');
  await knex.raw('drop function measurements_check_period_lock()');
  await knex.raw('drop function measurement_period_lock(integer, date)');
  await knex.schema.dropTable('period_locks');
}
