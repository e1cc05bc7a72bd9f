import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.text('email').notNullable();
    t.text('name').notNullable();
    t.text('role').notNullable();
    // Null until the user sets a password through a one-time link.
    t.text('password_hash');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('deactivated_at', { useTz: true });
    t.check("role in ('admin', 'budget_office', 'department_head', 'council')", [], 'users_role');
    t.check("email ~ '^[^@\\s]+@[^@\\s]+$'", [], 'users_email_format');
  });
  await knex.raw('create unique index users_email_unique on users (lower(email))');

  // The departments a department head answers for.
  await knex.schema.createTable('user_departments', (t) => {
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.integer('department_id').notNullable().references('departments.id');
    t.primary(['user_id', 'department_id']);
    t.index('department_id');
  });

  // Sessions live in the database so that any number of server processes can serve them.
  await knex.schema.createTable('sessions', (t) => {
    t.text('id_hash').primary();
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('csrf_token').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.text('ip').notNullable().defaultTo('');
    t.text('user_agent').notNullable().defaultTo('');
    t.index('user_id');
    t.index('expires_at');
  });

  // Who enters and reviews measurements.
  await knex.schema.alterTable('measurements', (t) => {
    t.foreign('entered_by').references('users.id');
    t.foreign('submitted_by').references('users.id');
    t.foreign('reviewed_by').references('users.id');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('measurements', (t) => {
    t.dropForeign('entered_by');
    t.dropForeign('submitted_by');
    t.dropForeign('reviewed_by');
  });
  await knex.schema.dropTable('sessions');
  await knex.schema.dropTable('user_departments');
  await knex.schema.dropTable('users');
}
