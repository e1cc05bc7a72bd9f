/**
 * Rules that need the KPI, so no CHECK can hold them: a value stays within its KPI's bounds,
 * and an archived KPI takes no new or changed measurements or targets. The API checks them
 * first with friendlier messages; these triggers hold even when the API is bypassed.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function measurements_check_kpi() returns trigger language plpgsql as $$
    declare
      kpi record;
    begin
      select archived_at, min_value, max_value into kpi from kpis where id = new.kpi_id;
      if not found then
        return new; -- the foreign key reports it
      end if;
      if kpi.archived_at is not null then
        raise exception 'KPI % is archived: its measurements cannot change', new.kpi_id
          using errcode = '23514', column = 'kpi_id', constraint = 'measurements_kpi_not_archived';
      end if;
      if new.value < kpi.min_value or new.value > kpi.max_value then
        raise exception 'value % is outside the bounds of KPI % (% to %)',
          new.value, new.kpi_id, coalesce(kpi.min_value::text, 'any'), coalesce(kpi.max_value::text, 'any')
          using errcode = '23514', column = 'value', constraint = 'measurements_value_within_bounds';
      end if;
      return new;
    end $$`);
  await knex.raw(`
    create trigger measurements_kpi_rules
      before insert or update on measurements
      for each row execute function measurements_check_kpi()`);

  await knex.raw(`
    create function kpi_targets_check_kpi() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from kpis where id = new.kpi_id and archived_at is not null) then
        raise exception 'KPI % is archived: its targets cannot change', new.kpi_id
          using errcode = '23514', column = 'kpi_id', constraint = 'kpi_targets_kpi_not_archived';
      end if;
      return new;
    end $$`);
  await knex.raw(`
    create trigger kpi_targets_kpi_rules
      before insert or update on kpi_targets
      for each row execute function kpi_targets_check_kpi()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger kpi_targets_kpi_rules on kpi_targets');
  await knex.raw('drop function kpi_targets_check_kpi()');
  await knex.raw('drop trigger measurements_kpi_rules on measurements');
  await knex.raw('drop function measurements_check_kpi()');
}
