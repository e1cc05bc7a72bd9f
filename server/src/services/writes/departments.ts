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
  // Its KPIs and datasets would stay in every list (its datasets in the public inventory and
  // data.json) under a department nobody can see.
  checkArchive: async (trx, row) => {
    for (const [table, noun] of [
      ['kpis', 'KPI'],
      ['datasets', 'dataset'],
    ] as const) {
      await refuseWhileChildrenLive(trx, `Department ${row.code}`, {
        table,
        where: { department_id: row.id },
        noun,
      });
    }
  },
};
