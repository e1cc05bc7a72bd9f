/** A joined user as `{ id, name, email }`, or null: who entered, reviewed, locked or changed. */
import type { Knex } from 'knex';

export interface UserRefRow {
  id: number;
  name: string;
  email: string;
}

/** The select column for the user joined under `alias`, named `as`. */
export function userRefColumn(knex: Knex, alias: string, as: string): Knex.Raw {
  return knex.raw(
    `case when ??.id is null then null else json_build_object('id', ??.id, 'name', ??.name, 'email', ??.email) end as ??`,
    [alias, alias, alias, alias, as],
  );
}
