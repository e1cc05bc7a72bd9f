/** Departments (admin): create, change, archive and restore. */
import type { Department, DepartmentChanges, NewDepartment } from '@civicstat/shared';
import { presentDepartment, type DepartmentRecord } from '../../presenters/structure';
import { definedOnly, type Lifecycle } from './lifecycle';
import { refuseWhileChildrenLive } from './references';

export const departmentLifecycle: Lifecycle<
  DepartmentRecord,
  Department,
  NewDepartment,
  DepartmentChanges
> = {
  table: 'departments',
  entity: 'department',
  noun: 'department',
  columns: (fields) => definedOnly({ code: fields.code, name: fields.name }),
  present: async (_trx, row) => presentDepartment(row),
  // Its KPIs would stay in every list under a department nobody can see.
  checkArchive: (trx, row) =>
    refuseWhileChildrenLive(trx, `Department ${row.code}`, {
      table: 'kpis',
      where: { department_id: row.id },
      noun: 'KPI',
    }),
};
