import type { Import, ImportOutcome } from '@civicstat/shared';
import { useState } from 'react';
import { useImportRows } from '../../api/useImports';

const outcomeLabels: Record<ImportOutcome, string> = {
  create: 'New',
  update: 'Changed',
  unchanged: 'Unchanged',
  error: 'Error',
};

/** The dry run's counts and its rows a page at a time; errors first, with row, column and message. */
export function ImportReport({ result }: { result: Import }) {
  const counts = result.counts;
  const [outcome, setOutcome] = useState<ImportOutcome | undefined>(
    counts && counts.rowsWithErrors > 0 ? 'error' : undefined,
  );
  const [offset, setOffset] = useState(0);
  const rows = useImportRows(result.id, outcome, offset, `${result.state}-${result.checkedAt}`);
  if (!counts) return null;
  const total = rows.data?.page.total ?? 0;
  return (
    <section aria-labelledby="import-report-title" className="import-report">
      <h2 id="import-report-title">{result.state === 'committed' ? 'Imported' : 'Dry run'}</h2>
      <ul className="import-report__counts">
        <li>{counts.created.toLocaleString()} new</li>
        <li>{counts.updated.toLocaleString()} changed</li>
        <li>{counts.unchanged.toLocaleString()} unchanged</li>
        <li>{counts.rowsWithErrors.toLocaleString()} rows with errors</li>
        {result.kind === 'catalog' && <li>{counts.departmentsCreated} new departments</li>}
      </ul>
      <label>
        Show{' '}
        <select
          value={outcome ?? ''}
          onChange={(event) => {
            setOutcome((event.target.value || undefined) as ImportOutcome | undefined);
            setOffset(0);
          }}
        >
          <option value="">every row</option>
          <option value="error">rows with errors</option>
          <option value="create">new</option>
          <option value="update">changed</option>
          <option value="unchanged">unchanged</option>
        </select>
      </label>
      <table className="data-table">
        <caption>
          Rows {total === 0 ? 0 : offset + 1}–{Math.min(offset + 50, total)} of{' '}
          {total.toLocaleString()}
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Outcome</th>
            <th scope="col">KPI</th>
            <th scope="col">Period</th>
            <th scope="col">Value</th>
            <th scope="col">Column</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {rows.data?.data.map((row) => (
            <tr key={row.row}>
              <th scope="row">{row.row}</th>
              <td>{outcomeLabels[row.outcome]}</td>
              <td>{row.kpi}</td>
              <td>{row.period}</td>
              <td>
                {row.value}
                {row.before ? ` (was ${row.before})` : ''}
              </td>
              <td>{row.errors.map((e) => e.column).join(', ')}</td>
              <td>{row.errors.map((e) => e.message).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button
          type="button"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - 50))}
        >
          Previous rows
        </button>{' '}
        <button
          type="button"
          disabled={offset + 50 >= total}
          onClick={() => setOffset(offset + 50)}
        >
          Next rows
        </button>
      </p>
    </section>
  );
}
