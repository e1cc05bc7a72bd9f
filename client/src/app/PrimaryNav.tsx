import { Link, useLocation } from 'react-router';
import { useSession } from '../api/useSession';

interface NavItem {
  to: string;
  label: string;
  /** Whether the item is the current section for a given path. */
  isCurrent: (pathname: string) => boolean;
  /** Shown only to admins (the server refuses everyone else anyway). */
  adminOnly?: boolean;
}

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
    to: '/admin/users',
    label: 'Admin',
    isCurrent: (pathname) => pathname.startsWith('/admin'),
    adminOnly: true,
  },
];

export function PrimaryNav() {
  const { pathname } = useLocation();
  const isAdmin = useSession().data?.user.role === 'admin';
  return (
    <nav aria-label="Primary" className="primary-nav">
      <ul className="primary-nav__list">
        {items
          .filter((item) => isAdmin || !item.adminOnly)
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
