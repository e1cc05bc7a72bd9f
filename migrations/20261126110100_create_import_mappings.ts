/** The column mapping each user last used for each kind of import, offered again next time. */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('import_mappings', (t) => {
    t.integer('user_id').notNullable().references('users.id').onDelete('cascade');
    t.text('kind').notNullable();
    t.jsonb('mapping').notNullable();
    t.jsonb('options');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['user_id', 'kind']);
    t.check("kind in ('measurements', 'catalog')", [], 'import_mappings_kind');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('import_mappings');
}
