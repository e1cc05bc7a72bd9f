/** Sign-in: failed-attempt lockout on users, and one-time tokens to set a password. */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.integer('failed_sign_ins').notNullable().defaultTo(0);
    // A lockout ends by itself at this time.
    t.timestamp('locked_until', { useTz: true });
    t.timestamp('last_sign_in_at', { useTz: true });
  });
  await knex.schema.createTable('password_tokens', (t) => {
    t.increments('id');
    t.text('token_hash').notNullable().unique();
    // Null for the first-run token, which creates the first admin.
    t.integer('user_id').references('users.id').onDelete('CASCADE');
    t.integer('created_by').references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.index('user_id');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('password_tokens');
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('failed_sign_ins');
    t.dropColumn('locked_until');
    t.dropColumn('last_sign_in_at');
  });
}
