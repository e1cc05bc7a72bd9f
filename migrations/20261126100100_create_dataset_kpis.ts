/** The KPIs a dataset feeds or explains (many to many). */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('dataset_kpis', (t) => {
    t.integer('dataset_id').notNullable().references('datasets.id').onDelete('CASCADE');
    t.integer('kpi_id').notNullable().references('kpis.id');
    t.primary(['dataset_id', 'kpi_id']);
    t.index('kpi_id');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('dataset_kpis');
}
