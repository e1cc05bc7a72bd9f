import type { UserRole } from '@civicstat/shared';
import { Link, useLocation } from 'react-router';
import { useSession } from '../api/useSession';

interface NavItem {
  to: string;
  label: string;
  /** Whether the item is the current section for a given path. */
  isCurrent: (pathname: string) => boolean;
  /** Shown only to these signed-in roles (the server refuses everyone else anyway). */
  roles?: readonly UserRole[];
}

const staff: readonly UserRole[] = ['admin', 'budget_office', 'department_head', 'council'];

const items: NavItem[] = [
  {
    to: '/',
    label: 'Overview',
    // A goal's page is part of the overview, one level down.
    isCurrent: (pathname) => pathname === '/' || pathname.startsWith('/goals/'),
  },
  {
    to: '/dashboards/development-services-center',
    label: 'Development Services',
    isCurrent: (pathname) => pathname.startsWith('/dashboards/development-services-center'),
  },
  {
    to: '/open-data',
    label: 'Open data',
    isCurrent: (pathname) => pathname.startsWith('/open-data'),
  },
  {
    to: '/present',
    label: 'Present',
    isCurrent: (pathname) => pathname.startsWith('/present'),
  },
  {
    to: '/workspace',
    label: 'My department',
    isCurrent: (pathname) => pathname.startsWith('/workspace'),
    roles: ['department_head'],
  },
  {
    to: '/review',
    label: 'Review',
    isCurrent: (pathname) => pathname.startsWith('/review'),
    roles: ['budget_office'],
  },
  {
    to: '/imports',
    label: 'Import',
    isCurrent: (pathname) => pathname.startsWith('/imports'),
    roles: ['department_head', 'budget_office'],
  },
  {
    to: '/kpis',
    label: 'All KPIs',
    isCurrent: (pathname) => pathname === '/kpis',
    roles: staff,
  },
  {
    to: '/admin/users',
    label: 'Admin',
    isCurrent: (pathname) => pathname.startsWith('/admin'),
    roles: ['admin'],
  },
];

export function PrimaryNav() {
  const { pathname } = useLocation();
  const role = useSession().data?.user.role;
  return (
    <nav aria-label="Primary" className="primary-nav">
      <ul className="primary-nav__list">
        {items
          .filter((item) => !item.roles || (role !== undefined && item.roles.includes(role)))
          .map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                className="primary-nav__link"
                aria-current={item.isCurrent(pathname) ? 'page' : undefined}
              >
                {item.label}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
