/**
 * The weights of the prioritization factors: one row, changed by admins with If-Match. The
 * server writes the defaults back whenever the row is missing (an emptied database).
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('dataset_priority_weights', (t) => {
    t.integer('id').primary().defaultTo(1);
    t.decimal('public_demand', 4, 2).notNullable().defaultTo(3);
    t.decimal('resident_value', 4, 2).notNullable().defaultTo(3);
    t.decimal('publishing_effort', 4, 2).notNullable().defaultTo(2);
    t.decimal('risk', 4, 2).notNullable().defaultTo(2);
    t.integer('version').notNullable().defaultTo(1);
    t.integer('updated_by').references('users.id');
    t.timestamp('updated_at', { useTz: true });
    t.check('id = 1', [], 'dataset_priority_weights_one_row');
    for (const factor of ['public_demand', 'resident_value', 'publishing_effort', 'risk']) {
      t.check(`${factor} between 0 and 10`, [], `dataset_priority_weights_${factor}_range`);
    }
    t.check(
      'public_demand + resident_value + publishing_effort + risk > 0',
      [],
      'dataset_priority_weights_some_weight',
    );
  });
  await knex('dataset_priority_weights').insert({ id: 1 });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('dataset_priority_weights');
}
