import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('dashboards', (t) => {
    t.increments('id');
    t.text('slug').notNullable().unique();
    t.text('title').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.boolean('is_public').notNullable().defaultTo(true);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('archived_at', { useTz: true });
    t.check("slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'", [], 'dashboards_slug_format');
    t.check('length(trim(title)) between 1 and 200', [], 'dashboards_title_length');
  });

  await knex.schema.createTable('dashboard_kpis', (t) => {
    t.integer('dashboard_id').notNullable().references('dashboards.id').onDelete('CASCADE');
    t.integer('kpi_id').notNullable().references('kpis.id');
    t.integer('position').notNullable();
    t.primary(['dashboard_id', 'kpi_id']);
    t.unique(['dashboard_id', 'position']);
    t.index('kpi_id');
    t.check('position >= 0', [], 'dashboard_kpis_position_range');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('dashboard_kpis');
  await knex.schema.dropTable('dashboards');
}
