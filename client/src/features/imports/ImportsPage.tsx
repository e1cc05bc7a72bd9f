/** Import measurements (/imports) or the KPI catalog (/imports/catalog): upload → map → dry run → commit. */
import type {
  Import,
  ImportKind,
  ImportMapping as Mapping,
  ImportOptions,
} from '@civicstat/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { useImportActions, type Progress } from '../../api/useImports';
import { describeError } from '../../components/describeError';
import { usePageTitle } from '../../components/usePageTitle';
import { ImportMapping } from './ImportMapping';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';
import { ImportUpload } from './ImportUpload';
import './imports.css';

type Busy = { step: 'upload' | 'check' | 'commit'; progress: Progress } | null;

export function ImportsPage({ kind = 'measurements' }: { kind?: ImportKind }) {
  const title = kind === 'catalog' ? 'Import the KPI catalog' : 'Import measurements';
  usePageTitle(title);
  const actions = useImportActions();
  const [current, setCurrent] = useState<Import | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);

  async function step(
    kindOfStep: 'upload' | 'check' | 'commit',
    work: (onProgress: (p: Progress) => void) => Promise<Import>,
  ) {
    setError(null);
    setBusy({ step: kindOfStep, progress: { done: 0, total: 0 } });
    try {
      setCurrent(await work((progress) => setBusy({ step: kindOfStep, progress })));
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(null);
    }
  }

  const upload = (file: File) =>
    step('upload', (onProgress) => actions.upload(file, kind, onProgress));
  const check = (sheet: string, mapping: Mapping, options: Partial<ImportOptions>) =>
    current &&
    step('check', (onProgress) =>
      actions.check(current.id, { sheet, mapping, options }, onProgress),
    );
  const commit = () =>
    current && step('commit', (onProgress) => actions.commit(current.id, onProgress));
  const canCommit = current?.state === 'checked' && current.counts?.rowsWithErrors === 0;

  return (
    <div className="imports-page">
      <h1>{title}</h1>
      <p>
        {kind === 'catalog'
          ? 'KPI definitions and targets from a CSV or Excel file. Nothing changes until you confirm the import after its dry run.'
          : 'Values for your KPIs from a CSV or Excel file, one row per KPI and period. Nothing is saved until you confirm the import after its dry run.'}{' '}
        {kind === 'measurements' ? (
          <Link to="/imports/catalog">Import the KPI catalog</Link>
        ) : (
          <Link to="/imports">Import measurements</Link>
        )}
      </p>
      {error && (
        <div role="alert" className="import-error">
          {error}
        </div>
      )}
      {current?.state !== 'committed' && (
        <ImportUpload onFile={(file) => void upload(file)} disabled={busy !== null} />
      )}
      {busy && (
        <ImportProgress
          label={
            busy.step === 'upload'
              ? 'Uploading'
              : busy.step === 'check'
                ? 'Checking rows'
                : 'Importing rows'
          }
          progress={busy.progress}
          unit={busy.step === 'upload' ? 'bytes' : 'rows'}
        />
      )}
      {current && current.state !== 'committed' && (
        <>
          <p>
            <strong>{current.fileName}</strong>: {current.totalRows.toLocaleString()} rows
            {current.encoding ? `, read as ${current.encoding}` : ''}.
          </p>
          <ImportMapping
            key={current.id}
            upload={current}
            busy={busy !== null}
            onCheck={(...args) => void check(...args)}
          />
        </>
      )}
      {current?.counts && <ImportReport result={current} />}
      {canCommit && (
        <p>
          <button type="button" disabled={busy !== null} onClick={() => void commit()}>
            Import{' '}
            {((current.counts?.created ?? 0) + (current.counts?.updated ?? 0)).toLocaleString()}{' '}
            rows
          </button>
        </p>
      )}
      {current?.state === 'committed' && (
        <p role="status">
          Imported {current.fileName}.{' '}
          {kind === 'measurements' ? (
            <Link to="/workspace/entry">Open the data-entry worksheet</Link>
          ) : (
            <Link to="/kpis">See all KPIs</Link>
          )}
        </p>
      )}
    </div>
  );
}

export function CatalogImportPage() {
  return <ImportsPage kind="catalog" />;
}
