import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('kpi_targets', (t) => {
    t.increments('id');
    t.integer('kpi_id').notNullable().references('kpis.id');
    t.integer('fiscal_year').notNullable();
    // Null for the fiscal year's target; a date for a one-period override.
    t.date('period_start');
    t.decimal('target', null);
    t.decimal('target_low', null);
    t.decimal('target_high', null);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check('fiscal_year between 2000 and 2100', [], 'kpi_targets_fiscal_year_range');
    t.check(
      'period_start is null or extract(day from period_start) = 1',
      [],
      'kpi_targets_period_start_first_day',
    );
    t.check(
      '(target is not null and target_low is null and target_high is null) or (target is null and target_low is not null and target_high is not null and target_low <= target_high)',
      [],
      'kpi_targets_target_or_range',
    );
  });
  await knex.raw(
    'alter table kpi_targets add constraint kpi_targets_one_per_period unique nulls not distinct (kpi_id, fiscal_year, period_start)',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('kpi_targets');
}
