import { useSite } from '../api/useSite';

export function SiteFooter() {
  const { data: site } = useSite();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          {site ? `${site.cityName} performance dashboard` : 'Performance dashboard'}, made with
          civicstat.
        </p>
      </div>
    </footer>
  );
}
