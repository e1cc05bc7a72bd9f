/**
 * Imports of measurements or the KPI catalog: the uploaded file waits on disk under its id
 * while its owner maps columns and runs the dry run, until the commit.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('imports', (t) => {
    t.increments('id');
    t.integer('user_id').notNullable().references('users.id');
    t.text('kind').notNullable();
    t.text('file_name').notNullable();
    t.text('file_type').notNullable();
    t.bigInteger('size_bytes').notNullable();
    t.text('encoding');
    // [{ name, headers, rows }] per worksheet (one for a CSV file).
    t.jsonb('sheets').notNullable().defaultTo('[]');
    t.text('sheet');
    t.jsonb('mapping');
    t.jsonb('options');
    t.text('state').notNullable().defaultTo('uploaded');
    t.integer('total_rows').notNullable().defaultTo(0);
    // { created, updated, unchanged, errors, rowsWithErrors, departmentsCreated } of the last run.
    t.jsonb('counts');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('checked_at', { useTz: true });
    t.timestamp('committed_at', { useTz: true });
    t.index(['user_id', 'created_at']);
    t.check("kind in ('measurements', 'catalog')", [], 'imports_kind');
    t.check("file_type in ('csv', 'xlsx')", [], 'imports_file_type');
    t.check("state in ('uploaded', 'checked', 'committed', 'failed')", [], 'imports_state');
    t.check('size_bytes >= 0 and total_rows >= 0', [], 'imports_sizes');
    t.check("(state = 'committed') = (committed_at is not null)", [], 'imports_committed_at');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('imports');
}
