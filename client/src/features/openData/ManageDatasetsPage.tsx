/**
 * Staff screens for the dataset inventory: the list with filters, adding and changing datasets,
 * their pipeline steps, the prioritization weights (admins), the ranked release list and the
 * stale-and-due list per department.
 */
import { datasetAccessLevels, formatDate, pipelineStates, type Dataset } from '@civicstat/shared';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  useDatasets,
  usePriorityWeights,
  useReleaseList,
  useStaleDatasets,
} from '../../api/useOpenData';
import { useSession } from '../../api/useSession';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { DatasetForm } from './DatasetForm';
import { accessLabels, freshnessLabels, stateLabels } from './labels';
import { PipelineButton } from './PipelineButton';
import { WeightsEditor } from './WeightsEditor';
import './openData.css';

const filterNames = ['state', 'access', 'freshness', 'q'] as const;

function DatasetRows({
  datasets,
  canCurate,
  canEdit,
  onEdit,
  rank,
}: {
  datasets: readonly (Dataset & { rank?: number })[];
  canCurate: boolean;
  canEdit: (d: Dataset) => boolean;
  onEdit: (d: Dataset) => void;
  rank?: boolean;
}) {
  return (
    <tbody>
      {datasets.map((d) => (
        <tr key={d.id}>
          {rank && <td className="numeric">{d.rank}</td>}
          <th scope="row">{d.title}</th>
          <td>{d.department.name}</td>
          <td>{accessLabels[d.accessLevel]}</td>
          <td>{stateLabels[d.pipelineState]}</td>
          <td>{freshnessLabels[d.freshness]}</td>
          <td className="numeric">{d.priorityScore.toFixed(1)}</td>
          <td>
            <div className="button-row">
              {canEdit(d) && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onEdit(d)}
                >
                  Edit<span className="visually-hidden"> {d.title}</span>
                </button>
              )}
              {canCurate && <PipelineButton dataset={d} />}
            </div>
          </td>
        </tr>
      ))}
    </tbody>
  );
}

function Head({ rank }: { rank?: boolean }) {
  return (
    <thead>
      <tr>
        {rank && <th scope="col">Rank</th>}
        <th scope="col">Dataset</th>
        <th scope="col">Department</th>
        <th scope="col">Access</th>
        <th scope="col">Pipeline</th>
        <th scope="col">Freshness</th>
        <th scope="col" className="numeric">
          Priority score
        </th>
        <th scope="col">Actions</th>
      </tr>
    </thead>
  );
}

export function ManageDatasetsPage() {
  usePageTitle('Manage datasets');
  const session = useSession().data;
  const role = session?.user.role;
  const canCurate = role === 'budget_office' || role === 'admin';
  const canPropose = canCurate || role === 'department_head';
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(
    filterNames.flatMap((name) => (params.get(name) ? [[name, params.get(name) as string]] : [])),
  );
  const datasets = useDatasets(filters);
  const release = useReleaseList();
  const stale = useStaleDatasets();
  const weights = usePriorityWeights();
  const [editing, setEditing] = useState<Dataset | 'new' | null>(null);
  const canEdit = (d: Dataset) =>
    canCurate ||
    (role === 'department_head' &&
      d.proposedBy?.id === session?.user.id &&
      d.pipelineState === 'proposed');
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Open data</p>
        <h1>Manage datasets</h1>
      </header>

      {editing !== null ? (
        <section aria-labelledby="form-heading" className="manage-section">
          <h2 id="form-heading">
            {editing === 'new' ? 'Add a dataset' : `Change ${editing.title}`}
          </h2>
          <DatasetForm
            key={editing === 'new' ? 'new' : editing.id}
            dataset={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        </section>
      ) : (
        canPropose && (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {canCurate ? 'Add a dataset' : 'Propose a dataset'}
          </button>
        )
      )}

      <section aria-labelledby="inventory-heading" className="manage-section">
        <h2 id="inventory-heading">Inventory</h2>
        <div className="manage-filters">
          <label>
            Search
            <input
              type="search"
              value={params.get('q') ?? ''}
              onChange={(e) => setFilter('q', e.target.value)}
            />
          </label>
          <label>
            Pipeline
            <select
              value={params.get('state') ?? ''}
              onChange={(e) => setFilter('state', e.target.value)}
            >
              <option value="">Any</option>
              {pipelineStates.map((s) => (
                <option key={s} value={s}>
                  {stateLabels[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Access
            <select
              value={params.get('access') ?? ''}
              onChange={(e) => setFilter('access', e.target.value)}
            >
              <option value="">Any</option>
              {datasetAccessLevels.map((a) => (
                <option key={a} value={a}>
                  {accessLabels[a]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Freshness
            <select
              value={params.get('freshness') ?? ''}
              onChange={(e) => setFilter('freshness', e.target.value)}
            >
              <option value="">Any</option>
              {(Object.keys(freshnessLabels) as Array<keyof typeof freshnessLabels>).map((f) => (
                <option key={f} value={f}>
                  {freshnessLabels[f]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {datasets.isPending ? (
          <PageState kind="loading" label="Loading the inventory…" />
        ) : datasets.isError ? (
          <PageState
            kind="error"
            title="The inventory could not be loaded"
            error={datasets.error}
            onRetry={() => void datasets.refetch()}
          />
        ) : (
          <>
            <p role="status">{datasets.data.page.total} datasets</p>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">The dataset inventory</caption>
                <Head />
                <DatasetRows
                  datasets={datasets.data.data}
                  canCurate={canCurate}
                  canEdit={canEdit}
                  onEdit={setEditing}
                />
              </table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="release-heading" className="manage-section">
        <h2 id="release-heading">Release list</h2>
        <p>
          Datasets still to release, ranked by priority score: the weighted mean of public demand,
          value to residents, effort to publish and risk (the last two count inverted), 0 to 100.
        </p>
        {release.data && (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Datasets to release, by priority</caption>
              <Head rank />
              <DatasetRows
                datasets={release.data.data}
                canCurate={canCurate}
                canEdit={canEdit}
                onEdit={setEditing}
                rank
              />
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="stale-heading" className="manage-section">
        <h2 id="stale-heading">Stale and due, by department</h2>
        {stale.data && stale.data.departments.length === 0 && (
          <p>Every published dataset is up to date.</p>
        )}
        {stale.data?.departments.map((group) => (
          <div key={group.department.id}>
            <h3>{group.department.name}</h3>
            <ul>
              {group.stale.map((d) => (
                <li key={d.id}>
                  <strong>Stale:</strong> {d.title}, update was due{' '}
                  {d.nextUpdateDue && formatDate(d.nextUpdateDue)}
                </li>
              ))}
              {group.dueSoon.map((d) => (
                <li key={d.id}>
                  <strong>Due:</strong> {d.title}, update due{' '}
                  {d.nextUpdateDue && formatDate(d.nextUpdateDue)}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {role === 'admin' && weights.data && (
        <section aria-labelledby="weights-heading" className="manage-section">
          <h2 id="weights-heading">Prioritization weights</h2>
          {/* Not keyed by version: a save refetches the weights, and a remount would lose the
              editor's message. The editor follows the version itself (and a 412's current). */}
          <WeightsEditor weights={weights.data} />
        </section>
      )}
    </>
  );
}
