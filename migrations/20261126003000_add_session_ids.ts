/**
 * A surrogate id for each session, so that an admin can list and end one session without ever
 * seeing the hash of its cookie token (`id_hash` stays the key the cookie is looked up by).
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table sessions add column id integer generated always as identity');
  await knex.raw('alter table sessions add constraint sessions_id_unique unique (id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('alter table sessions drop column id');
}
