/** Who changed the KPI's definition and targets, when, and from what to what; newest first. */
import { formatInstant, type KpiFrequency } from '@civicstat/shared';
import { HISTORY_PAGE, useKpiHistory } from '../../api/useKpiHistory';
import { InlineRetry } from '../../components/InlineRetry';
import type { FieldContext } from './fieldText';
import { historyLine } from './historyEntry';

interface ChangeHistoryProps {
  kpiId: number;
  context: FieldContext & { frequency: KpiFrequency; fiscalYearStartMonth: number };
  timeZone: string;
}

export function ChangeHistory({ kpiId, context, timeZone }: ChangeHistoryProps) {
  const history = useKpiHistory(kpiId);
  const older = Math.min(HISTORY_PAGE, history.total - history.entries.length);

  return (
    <section aria-labelledby="history-heading" className="kpi-admin__section">
      <h2 id="history-heading">Change history</h2>
      {history.isPending ? (
        <p role="status">Loading the change history…</p>
      ) : history.error ? (
        <InlineRetry
          what="The change history could not be loaded"
          error={history.error}
          onRetry={history.refetch}
        />
      ) : history.entries.length === 0 ? (
        <p>No changes have been recorded since the KPI was loaded into civicstat.</p>
      ) : (
        <>
          {Boolean(history.refreshError) && (
            <InlineRetry
              what="The change history could not be brought up to date"
              error={history.refreshError}
              onRetry={history.refetch}
            />
          )}
          <ol className="kpi-history" aria-label="Changes, newest first">
            {history.entries.map((entry) => {
              const line = historyLine(entry, context);
              return (
                <li key={`${entry.entity}-${entry.id}`} className="kpi-history__entry">
                  <p className="kpi-history__who">
                    <strong>{entry.actor?.name ?? 'The system'}</strong>{' '}
                    <span className="kpi-history__summary">
                      {line.summary.charAt(0).toLowerCase() + line.summary.slice(1)}
                    </span>
                    {' · '}
                    <time dateTime={entry.at}>{formatInstant(entry.at, timeZone)}</time>
                  </p>
                  {line.changes.length > 0 && (
                    <ul className="kpi-history__changes">
                      {line.changes.map((change) => (
                        <li key={change.label}>
                          <span className="kpi-history__field">{change.label}:</span>{' '}
                          <del className="kpi-history__before">
                            <span className="visually-hidden">from </span>
                            {change.before}
                          </del>{' '}
                          <span aria-hidden="true">→</span>{' '}
                          <ins className="kpi-history__after">
                            <span className="visually-hidden">to </span>
                            {change.after}
                          </ins>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
          {history.moreError ? (
            <InlineRetry
              what="The older changes could not be loaded"
              error={history.moreError}
              onRetry={history.loadMore}
            />
          ) : (
            older > 0 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={history.loadMore}
                aria-disabled={history.isFetchingMore || undefined}
              >
                {history.isFetchingMore
                  ? 'Loading older changes…'
                  : `Show ${older} older change${older === 1 ? '' : 's'}`}
              </button>
            )
          )}
        </>
      )}
    </section>
  );
}
