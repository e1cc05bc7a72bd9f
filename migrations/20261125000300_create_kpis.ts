import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('kpis', (t) => {
    t.increments('id');
    t.text('code').notNullable().unique();
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.integer('department_id').notNullable().references('departments.id');
    // Null for operational KPIs that serve no objective of the plan.
    t.integer('objective_id').references('objectives.id');
    t.text('unit').notNullable().defaultTo('');
    t.text('display_format').notNullable();
    t.text('direction').notNullable();
    t.text('frequency').notNullable();
    t.text('aggregation').notNullable();
    t.decimal('tolerance', null).notNullable().defaultTo(0.05);
    // Bounds a value must respect (a count is never negative, a percentage stays in 0..100).
    t.decimal('min_value', null);
    t.decimal('max_value', null);
    t.boolean('is_public').notNullable().defaultTo(false);
    t.text('data_source').notNullable().defaultTo('');
    t.text('methodology').notNullable().defaultTo('');
    t.text('owner').notNullable().defaultTo('');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('archived_at', { useTz: true });
    t.index('department_id');
    t.index('objective_id');
    t.check("code ~ '^[A-Z0-9][A-Z0-9._-]{0,31}$'", [], 'kpis_code_format');
    t.check('length(trim(name)) between 1 and 300', [], 'kpis_name_length');
    t.check(
      "display_format in ('percent', 'count', 'currency', 'days', 'hours', 'minutes', 'rate')",
      [],
      'kpis_display_format',
    );
    t.check("direction in ('increase', 'decrease', 'range')", [], 'kpis_direction');
    t.check("frequency in ('monthly', 'quarterly', 'annual')", [], 'kpis_frequency');
    t.check(
      "aggregation in ('sum', 'mean', 'ratio', 'last', 'max', 'min')",
      [],
      'kpis_aggregation',
    );
    t.check('tolerance >= 0 and tolerance < 1', [], 'kpis_tolerance_range');
    t.check(
      'min_value is null or max_value is null or min_value <= max_value',
      [],
      'kpis_value_bounds',
    );
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('kpis');
}
