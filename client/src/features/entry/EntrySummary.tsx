import { forwardRef } from 'react';
import type { RowOutcome } from './saveRows';

/**
 * What the last save or submit did: each value that needs attention, linked to its field, or how
 * many were saved or submitted. Focus moves here after each action (a polite live region too).
 */
export const EntrySummary = forwardRef<
  HTMLDivElement,
  { outcomes: readonly RowOutcome[] | null; fieldIdOf: (outcome: RowOutcome) => string }
>(function EntrySummary({ outcomes, fieldIdOf }, ref) {
  const failures = outcomes?.filter((outcome) => !outcome.ok) ?? [];
  const successes = outcomes?.filter((outcome) => outcome.ok) ?? [];
  const submitted = successes.filter((outcome) => outcome.message === 'Submitted').length;
  return (
    <div ref={ref} tabIndex={-1} className="entry-summary" aria-live="polite">
      {failures.length > 0 && (
        <div className="error-summary" role="alert">
          <h2>
            {failures.length === 1
              ? '1 value needs attention'
              : `${failures.length} values need attention`}
          </h2>
          <ul>
            {failures.map((outcome) => (
              <li key={`${outcome.key}:${outcome.field ?? ''}`}>
                <a href={`#${fieldIdOf(outcome)}`}>{outcome.kpiName}</a>: {outcome.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {successes.length > 0 && (
        <p className="entry-summary__ok" role="status">
          {submitted > 0
            ? `${submitted} submitted for review.`
            : `${successes.length} saved as draft.`}
        </p>
      )}
    </div>
  );
});
