import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('annotations', (t) => {
    t.increments('id');
    // Null for a city-wide event shown on every chart ("new permit system").
    t.integer('kpi_id').references('kpis.id');
    t.date('date').notNullable();
    t.text('label').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('archived_at', { useTz: true });
    t.index(['kpi_id', 'date']);
    t.check('length(trim(label)) between 1 and 120', [], 'annotations_label_length');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('annotations');
}
