import { Link } from 'react-router';
import { useSite } from '../api/useSite';
import { PrimaryNav } from './PrimaryNav';

export function SiteHeader() {
  const { data: site } = useSite();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__brand">
          {site && <span className="site-header__city">{site.cityName}</span>}
          <span className="site-header__product">civicstat · performance</span>
        </Link>
        <PrimaryNav />
      </div>
    </header>
  );
}
