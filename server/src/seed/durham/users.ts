/**
 * One demo account per role. Their passwords are public (README "Demo accounts"): only the
 * demo has known passwords; a real city's first admin sets one through a one-time link.
 */
import type { UserRole } from '@civicstat/shared';

export interface DemoUser {
  email: string;
  name: string;
  role: UserRole;
  password: string;
  /** Department codes a department head answers for. */
  departments: string[];
}

export const demoUsers: readonly DemoUser[] = [
  {
    email: 'admin@durham.example',
    name: 'Avery Admin',
    role: 'admin',
    password: 'demo-admin-password',
    departments: [],
  },
  {
    email: 'budget@durham.example',
    name: 'Blair Budget',
    role: 'budget_office',
    password: 'demo-budget-password',
    departments: [],
  },
  {
    email: 'council@durham.example',
    name: 'Casey Council',
    role: 'council',
    password: 'demo-council-password',
    departments: [],
  },
  {
    email: 'dsc.head@durham.example',
    name: 'Dana Development',
    role: 'department_head',
    password: 'demo-dsc-password',
    departments: ['DSC'],
  },
];
