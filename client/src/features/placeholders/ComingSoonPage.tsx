/** Stands in for a screen in the navigation that is not built yet, saying what it will do. */
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';

export function ComingSoonPage({ title, description }: { title: string; description: string }) {
  usePageTitle(title);
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Coming soon</p>
        <h1>{title}</h1>
      </header>
      <p className="lede">{description}</p>
      <p>
        Until then, the <Link to="/">overview</Link> shows the city’s strategic plan, its goals and
        their objectives.
      </p>
    </>
  );
}
