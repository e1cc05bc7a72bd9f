import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('plans', (t) => {
    t.increments('id');
    t.text('title').notNullable();
    t.text('vision').notNullable().defaultTo('');
    t.integer('first_fiscal_year').notNullable();
    t.integer('last_fiscal_year').notNullable();
    t.text('status').notNullable().defaultTo('draft');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check("status in ('draft', 'active', 'archived')", [], 'plans_status');
    t.check(
      'first_fiscal_year between 2000 and 2100 and last_fiscal_year between first_fiscal_year and 2100',
      [],
      'plans_fiscal_years',
    );
    t.check('length(trim(title)) between 1 and 200', [], 'plans_title_length');
  });
  // A city runs on one strategic plan at a time.
  await knex.raw("create unique index plans_one_active on plans ((true)) where status = 'active'");

  await knex.schema.createTable('goals', (t) => {
    t.increments('id');
    t.integer('plan_id').notNullable().references('plans.id');
    t.integer('number').notNullable();
    t.text('title').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.text('colour').notNullable().defaultTo('#0f5499');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('archived_at', { useTz: true });
    t.unique(['plan_id', 'number']);
    t.check('number between 1 and 99', [], 'goals_number_range');
    t.check("colour ~ '^#[0-9a-fA-F]{6}$'", [], 'goals_colour_format');
    t.check('length(trim(title)) between 1 and 200', [], 'goals_title_length');
  });

  await knex.schema.createTable('objectives', (t) => {
    t.increments('id');
    t.integer('goal_id').notNullable().references('goals.id');
    t.integer('number').notNullable();
    t.text('title').notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('archived_at', { useTz: true });
    t.unique(['goal_id', 'number']);
    t.check('number between 1 and 99', [], 'objectives_number_range');
    t.check('length(trim(title)) between 1 and 300', [], 'objectives_title_length');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('objectives');
  await knex.schema.dropTable('goals');
  await knex.schema.dropTable('plans');
}
