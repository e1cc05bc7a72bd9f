/**
 * The public open-data portal: the public KPIs by goal, in the same table as the council's
 * goal pages, each with its figures to download (CSV, JSON) and a stable address; the catalog
 * (data.json), the API documentation and the dataset inventory.
 */
import type { KpiSummary } from '@civicstat/shared';
import { Link } from 'react-router';
import { usePublicKpis } from '../../api/useOpenData';
import { useSession } from '../../api/useSession';
import { useSite } from '../../api/useSite';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { KpiTable } from '../goals/KpiTable';
import { KpiDownloads } from './KpiDownloads';
import './openData.css';

interface GoalGroup {
  key: string;
  title: string;
  kpis: KpiSummary[];
}

function byGoal(kpis: readonly KpiSummary[]): GoalGroup[] {
  const groups = new Map<string, GoalGroup & { order: number }>();
  for (const kpi of kpis) {
    const key = kpi.goal ? `goal-${kpi.goal.number}` : 'operations';
    const title = kpi.goal ? `Goal ${kpi.goal.number}: ${kpi.goal.title}` : 'City operations';
    const group = groups.get(key) ?? { key, title, kpis: [], order: kpi.goal?.number ?? 999 };
    group.kpis.push(kpi);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.order - b.order);
}

export function OpenDataPage() {
  usePageTitle('Open data');
  const kpis = usePublicKpis();
  const site = useSite();
  const fiscalYearStartMonth = site.data?.fiscalYearStartMonth ?? 7;
  const signedIn = !!useSession().data;

  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Open data</p>
        <h1>Open data</h1>
      </header>
      <p className="lede">
        Every public performance measure of the city, with its figures to download, and the city’s
        inventory of the datasets it holds. No sign-in needed; the data is free to reuse.
      </p>
      <nav aria-label="Open data resources" className="open-data-links">
        <ul>
          <li>
            <Link to="/open-data/inventory">Dataset inventory</Link>: every dataset the city holds,
            published or not
          </li>
          <li>
            <a href="/data.json">data.json catalog</a> (Project Open Data / DCAT-US v1.1) for
            open-data portals and harvesters
          </li>
          <li>
            <a href="/api/docs">API documentation</a>: the public read API (JSON, CSV), open to any
            website
          </li>
          {signedIn && (
            <li>
              <Link to="/open-data/manage">Manage the dataset inventory</Link> (staff)
            </li>
          )}
        </ul>
      </nav>

      {kpis.isPending ? (
        <PageState kind="loading" label="Loading the public KPIs…" />
      ) : kpis.isError ? (
        <PageState
          kind="error"
          title="The public KPIs could not be loaded"
          error={kpis.error}
          onRetry={() => void kpis.refetch()}
        />
      ) : kpis.data.length === 0 ? (
        <PageState kind="empty" title="No public KPIs yet">
          <p>The city has not published any KPI yet.</p>
        </PageState>
      ) : (
        byGoal(kpis.data).map((group) => (
          <section
            key={group.key}
            aria-labelledby={`${group.key}-heading`}
            className="open-data-goal"
          >
            <h2 id={`${group.key}-heading`}>{group.title}</h2>
            <KpiTable
              kpis={group.kpis}
              caption={`${group.title}: public KPIs`}
              fiscalYearStartMonth={fiscalYearStartMonth}
            />
            <KpiDownloads kpis={group.kpis} caption={`${group.title}: download this data`} />
          </section>
        ))
      )}
    </>
  );
}
