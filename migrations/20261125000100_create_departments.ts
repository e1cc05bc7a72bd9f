import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('departments', (t) => {
    t.increments('id');
    t.text('code').notNullable().unique();
    t.text('name').notNullable().unique();
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('archived_at', { useTz: true });
    t.check("code ~ '^[A-Z][A-Z0-9_-]{1,15}$'", [], 'departments_code_format');
    t.check('length(trim(name)) between 1 and 200', [], 'departments_name_length');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('departments');
}
