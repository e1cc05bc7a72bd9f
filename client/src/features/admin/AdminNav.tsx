/** The admin area's own navigation: Users · Departments · Plan structure. */
import { Link, useLocation } from 'react-router';
import './adminNav.css';

const sections = [
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/departments', label: 'Departments' },
  { to: '/admin/structure', label: 'Plan structure' },
] as const;

export function AdminNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Admin" className="admin-nav">
      <ul className="admin-nav__list">
        {sections.map((section) => (
          <li key={section.to}>
            <Link
              to={section.to}
              className="admin-nav__link"
              aria-current={pathname.startsWith(section.to) ? 'page' : undefined}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
