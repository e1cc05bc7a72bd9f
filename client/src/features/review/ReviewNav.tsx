/** The budget office's review area: the queue, missing and overdue data, and period locks. */
import { NavLink } from 'react-router';
import './review.css';

const links = [
  { to: '/review', label: 'Queue', end: true },
  { to: '/review/overdue', label: 'Missing and overdue', end: false },
  { to: '/review/locks', label: 'Period locks', end: false },
];

export function ReviewNav() {
  return (
    <nav aria-label="Review" className="review-nav">
      <ul className="review-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="review-nav__link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
