import { Department, DepartmentChanges, NewDepartment } from '@civicstat/shared';
import { departmentLifecycle } from '../../services/writes/departments';
import type { ApiRoutes } from '../define';
import { lifecycleRoutes } from '../lifecycle';
import type { WriteContextOf } from '../writeContext';

/** Department writes (admin); the scorecard reads are in routes/organization. */
export function departmentRoutes(api: ApiRoutes, writerOf: WriteContextOf): void {
  lifecycleRoutes(api, writerOf, {
    path: '/departments',
    tag: 'Departments',
    noun: 'department',
    access: ['admin'],
    create: NewDepartment,
    changes: DepartmentChanges,
    resource: Department,
    lifecycle: departmentLifecycle,
  });
}
