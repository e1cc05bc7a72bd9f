/**
 * A KPI's definition and the data stored under it must agree, even when the API is bypassed:
 * a `range` KPI's targets are bands (low, high) and any other KPI's are single values; a KPI's
 * frequency cannot change under its measurements or per-period targets (they would no longer
 * fall on its periods); its direction cannot switch between range and not while targets exist.
 * AFTER triggers, so that the row's own CHECKs report first. The API checks all of this before
 * writing, with friendlier messages.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function kpi_targets_check_direction() returns trigger language plpgsql as $$
    declare
      kpi_direction text;
    begin
      select direction into kpi_direction from kpis where id = new.kpi_id;
      if kpi_direction = 'range' and new.target is not null then
        raise exception 'KPI % is a range KPI: its targets are a low and a high', new.kpi_id
          using errcode = '23514', column = 'target', constraint = 'kpi_targets_kind_matches_direction';
      elsif kpi_direction <> 'range' and new.target is null then
        raise exception 'KPI % is not a range KPI: its targets are single values', new.kpi_id
          using errcode = '23514', column = 'target_low', constraint = 'kpi_targets_kind_matches_direction';
      end if;
      return null;
    end $$`);
  await knex.raw(`
    create trigger kpi_targets_kind_matches_direction
      after insert or update of kpi_id, target, target_low, target_high on kpi_targets
      for each row execute function kpi_targets_check_direction()`);

  await knex.raw(`
    create function kpis_check_definition_change() returns trigger language plpgsql as $$
    begin
      if new.frequency <> old.frequency
         and (exists (select 1 from measurements where kpi_id = new.id)
              or exists (select 1 from kpi_targets where kpi_id = new.id and period_start is not null)) then
        raise exception 'KPI % has measurements or period targets at its % frequency', new.id, old.frequency
          using errcode = '23514', column = 'frequency', constraint = 'kpis_frequency_fits_data';
      end if;
      if (new.direction = 'range') <> (old.direction = 'range')
         and exists (select 1 from kpi_targets where kpi_id = new.id) then
        raise exception 'KPI % has targets of a % KPI', new.id, old.direction
          using errcode = '23514', column = 'direction', constraint = 'kpis_direction_fits_targets';
      end if;
      return null;
    end $$`);
  await knex.raw(`
    create trigger kpis_definition_fits_data
      after update of frequency, direction on kpis
      for each row execute function kpis_check_definition_change()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger kpis_definition_fits_data on kpis');
  await knex.raw('drop function kpis_check_definition_change()');
  await knex.raw('drop trigger kpi_targets_kind_matches_direction on kpi_targets');
  await knex.raw('drop function kpi_targets_check_direction()');
}
