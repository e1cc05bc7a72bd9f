/**
 * Every migration, in order. Listed explicitly (not read from the folder) so the same list
 * runs under tsx, jest and the bundled server. Never edit a migration once it has landed:
 * add a new one.
 */
import type { Knex } from 'knex';
import * as createDepartments from './20261125000100_create_departments';
import * as createPlansGoalsObjectives from './20261125000200_create_plans_goals_objectives';
import * as createKpis from './20261125000300_create_kpis';
import * as createKpiTargets from './20261125000400_create_kpi_targets';
import * as createMeasurements from './20261125000500_create_measurements';
import * as createAnnotations from './20261125000600_create_annotations';
import * as createDashboards from './20261125000700_create_dashboards';
import * as createUsersSessions from './20261125000800_create_users_sessions';
import * as createAuditLog from './20261125000900_create_audit_log';
import * as allowDailyKpis from './20261126000100_allow_daily_kpis';
import * as addSignInSupport from './20261126000200_add_sign_in_support';
import * as createPeriodLocks from './20261126001000_create_period_locks';
import * as addMeasurementIntegrity from './20261126001100_add_measurement_integrity';
import * as guardKpiDefinitions from './20261126002000_guard_kpi_definitions';
import * as addSessionIds from './20261126003000_add_session_ids';
import * as createDatasets from './20261126100000_create_datasets';
import * as createDatasetKpis from './20261126100100_create_dataset_kpis';
import * as createDatasetPriorityWeights from './20261126100200_create_dataset_priority_weights';
import * as createImports from './20261126110000_create_imports';
import * as createImportMappings from './20261126110100_create_import_mappings';

interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { name: '20261125000100_create_departments', ...createDepartments },
  { name: '20261125000200_create_plans_goals_objectives', ...createPlansGoalsObjectives },
  { name: '20261125000300_create_kpis', ...createKpis },
  { name: '20261125000400_create_kpi_targets', ...createKpiTargets },
  { name: '20261125000500_create_measurements', ...createMeasurements },
  { name: '20261125000600_create_annotations', ...createAnnotations },
  { name: '20261125000700_create_dashboards', ...createDashboards },
  { name: '20261125000800_create_users_sessions', ...createUsersSessions },
  { name: '20261125000900_create_audit_log', ...createAuditLog },
  { name: '20261126000100_allow_daily_kpis', ...allowDailyKpis },
  { name: '20261126000200_add_sign_in_support', ...addSignInSupport },
  { name: '20261126001000_create_period_locks', ...createPeriodLocks },
  { name: '20261126001100_add_measurement_integrity', ...addMeasurementIntegrity },
  { name: '20261126002000_guard_kpi_definitions', ...guardKpiDefinitions },
  { name: '20261126003000_add_session_ids', ...addSessionIds },
  { name: '20261126100000_create_datasets', ...createDatasets },
  { name: '20261126100100_create_dataset_kpis', ...createDatasetKpis },
  {
    name: '20261126100200_create_dataset_priority_weights',
    ...createDatasetPriorityWeights,
  },
  { name: '20261126110000_create_imports', ...createImports },
  { name: '20261126110100_create_import_mappings', ...createImportMappings },
];

export const migrationSource: Knex.MigrationSource<Migration> = {
  getMigrations: async () => [...migrations],
  getMigrationName: (migration) => migration.name,
  getMigration: async (migration) => migration,
};
