import { Link, useLocation } from 'react-router';

interface NavItem {
  to: string;
  label: string;
  /** Whether the item is the current section for a given path. */
  isCurrent: (pathname: string) => boolean;
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
];

export function PrimaryNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Primary" className="primary-nav">
      <ul className="primary-nav__list">
        {items.map((item) => (
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
