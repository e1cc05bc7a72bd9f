/**
 * The open-data inventory: every dataset the city holds, published or not, with its steward,
 * access level, update frequency, links once published, its place in the release pipeline and
 * the factor scores that rank it for release.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('datasets', (t) => {
    t.increments('id');
    t.text('title').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.integer('department_id').notNullable().references('departments.id');
    t.text('steward_name').notNullable();
    t.text('steward_email').notNullable();
    t.text('system_of_record').notNullable().defaultTo('');
    t.text('access_level').notNullable().defaultTo('public');
    t.text('access_reason');
    t.text('update_frequency').notNullable();
    t.date('last_updated');
    t.specificType('formats', 'text[]').notNullable().defaultTo('{}');
    t.text('download_url');
    t.text('landing_url');
    t.text('license');
    t.specificType('keywords', 'text[]').notNullable().defaultTo('{}');
    t.specificType('themes', 'text[]').notNullable().defaultTo('{}');
    t.text('pipeline_state').notNullable().defaultTo('proposed');
    t.smallint('public_demand').notNullable().defaultTo(3);
    t.smallint('resident_value').notNullable().defaultTo(3);
    t.smallint('publishing_effort').notNullable().defaultTo(3);
    t.smallint('risk').notNullable().defaultTo(3);
    t.integer('created_by').references('users.id');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('archived_at', { useTz: true });
    t.index('department_id');
    t.check('length(trim(title)) between 1 and 300', [], 'datasets_title_length');
    t.check('length(description) <= 5000', [], 'datasets_description_length');
    t.check(
      "access_level in ('public', 'restricted', 'non_public')",
      [],
      'datasets_access_level_known',
    );
    // Every restricted or non-public dataset says why, as city inventories publish it.
    t.check(
      "access_level = 'public' or length(trim(coalesce(access_reason, ''))) > 0",
      [],
      'datasets_access_reason_given',
    );
    t.check(
      "update_frequency in ('daily', 'weekly', 'monthly', 'quarterly', 'annual', 'as_needed')",
      [],
      'datasets_update_frequency_known',
    );
    t.check(
      "pipeline_state in ('proposed', 'approved', 'preparing', 'published', 'retired')",
      [],
      'datasets_pipeline_state_known',
    );
    t.check(
      "pipeline_state <> 'published' or (access_level <> 'non_public' and coalesce(download_url, landing_url) is not null)",
      [],
      'datasets_published_with_link',
    );
    for (const factor of ['public_demand', 'resident_value', 'publishing_effort', 'risk']) {
      t.check(`${factor} between 1 and 5`, [], `datasets_${factor}_range`);
    }
    t.check("steward_email ~ '^[^@\\s]+@[^@\\s]+$'", [], 'datasets_steward_email_format');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('datasets');
}
