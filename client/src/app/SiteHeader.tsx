import { Link } from 'react-router';
import { useSite } from '../api/useSite';
import { SessionStatus } from '../features/session/SessionStatus';
import { PrimaryNav } from './PrimaryNav';

export function SiteHeader() {
  const { data: site } = useSite();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        {/* The account area sits beside the brand, not the navigation, which grows with screens. */}
        <div className="site-header__top">
          <Link to="/" className="site-header__brand">
            {site && <span className="site-header__city">{site.cityName}</span>}
            <span className="site-header__product">civicstat · performance</span>
          </Link>
          <SessionStatus />
        </div>
        <PrimaryNav />
      </div>
    </header>
  );
}
