import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('measurements', (t) => {
    t.bigIncrements('id');
    t.integer('kpi_id').notNullable().references('kpis.id');
    t.date('period_start').notNullable();
    t.decimal('value', null).notNullable();
    t.decimal('numerator', null);
    t.decimal('denominator', null);
    t.text('note').notNullable().defaultTo('');
    t.text('state').notNullable().defaultTo('draft');
    t.text('review_comment').notNullable().defaultTo('');
    t.integer('entered_by');
    t.timestamp('entered_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.integer('submitted_by');
    t.timestamp('submitted_at', { useTz: true });
    t.integer('reviewed_by');
    t.timestamp('reviewed_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // One value per KPI and period; the series read path walks this index.
    t.unique(['kpi_id', 'period_start']);
    t.check('extract(day from period_start) = 1', [], 'measurements_period_start_first_day');
    t.check("state in ('draft', 'submitted', 'approved', 'returned')", [], 'measurements_state');
    t.check('(numerator is null) = (denominator is null)', [], 'measurements_ratio_parts');
    t.check('denominator is null or denominator > 0', [], 'measurements_denominator_positive');
  });
  await knex.raw(
    "create index measurements_submitted on measurements (kpi_id) where state = 'submitted'",
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('measurements');
}
