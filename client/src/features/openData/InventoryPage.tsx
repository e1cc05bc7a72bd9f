/**
 * The public dataset inventory: every dataset the city holds. Published ones with their links,
 * the others with their place in the release pipeline, non-public ones by title and reason only.
 */
import { formatDate, type PublicDataset } from '@civicstat/shared';
import { Link } from 'react-router';
import { usePublicInventory } from '../../api/useOpenData';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { accessLabels, updateFrequencyLabels, stateLabels } from './labels';
import './openData.css';

function Links({ dataset }: { dataset: PublicDataset }) {
  if (dataset.accessLevel === 'non_public') return <>—</>;
  const links = [
    dataset.downloadUrl && { href: dataset.downloadUrl, label: 'Download' },
    dataset.landingUrl && { href: dataset.landingUrl, label: 'Dataset page' },
  ].filter((link): link is { href: string; label: string } => !!link);
  if (links.length === 0) return <>Not published yet</>;
  return (
    <ul className="plain-list">
      {links.map((link) => (
        <li key={link.label}>
          <a href={link.href}>
            {link.label}
            <span className="visually-hidden"> of {dataset.title}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function InventoryPage() {
  usePageTitle('Dataset inventory');
  const inventory = usePublicInventory();
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/open-data">Open data</Link>
        </p>
        <h1>Dataset inventory</h1>
      </header>
      <p className="lede">
        Every dataset the city holds, whether it is published or not. Datasets that cannot be public
        are listed by title, with the reason.
      </p>
      {inventory.isPending ? (
        <PageState kind="loading" label="Loading the inventory…" />
      ) : inventory.isError ? (
        <PageState
          kind="error"
          title="The inventory could not be loaded"
          error={inventory.error}
          onRetry={() => void inventory.refetch()}
        />
      ) : (
        <>
          <p role="status">
            {inventory.data.counts.total} datasets: {inventory.data.counts.published} published,{' '}
            {inventory.data.counts.nonPublic} not public.
          </p>
          <div className="table-scroll">
            <table className="data-table inventory-table">
              <caption className="visually-hidden">The city’s datasets</caption>
              <thead>
                <tr>
                  <th scope="col">Dataset</th>
                  <th scope="col">Department</th>
                  <th scope="col">Access</th>
                  <th scope="col">Status</th>
                  <th scope="col">Updated</th>
                  <th scope="col">Links</th>
                </tr>
              </thead>
              <tbody>
                {inventory.data.data.map((dataset) => (
                  <tr key={dataset.id} id={`dataset-${dataset.id}`}>
                    <th scope="row">
                      {dataset.title}
                      {dataset.accessLevel !== 'non_public' && dataset.description && (
                        <p className="inventory-description">{dataset.description}</p>
                      )}
                    </th>
                    <td>{dataset.accessLevel === 'non_public' ? '—' : dataset.department}</td>
                    <td>
                      {accessLabels[dataset.accessLevel]}
                      {dataset.accessReason && (
                        <p className="inventory-reason">{dataset.accessReason}</p>
                      )}
                    </td>
                    <td>
                      {dataset.accessLevel === 'non_public'
                        ? 'Not released'
                        : stateLabels[dataset.pipelineState]}
                    </td>
                    <td>
                      {dataset.accessLevel === 'non_public'
                        ? '—'
                        : `${updateFrequencyLabels[dataset.updateFrequency]}${dataset.lastUpdated ? `, last ${formatDate(dataset.lastUpdated)}` : ''}`}
                    </td>
                    <td>
                      <Links dataset={dataset} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
