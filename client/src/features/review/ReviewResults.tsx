/**
 * What the last approval or return did, value by value: a polite live region that focus can move
 * to, with the values that failed and why (a stale version, a locked period…).
 */
import { formatCount } from '@civicstat/shared';
import type { Ref } from 'react';
import type { ReviewOutcome, ReviewStep } from './reviewActions';

export interface ReviewResult {
  step: ReviewStep;
  outcomes: readonly ReviewOutcome[];
  /** One value's own button, rather than the bulk actions. */
  single: boolean;
}

const done: Record<ReviewStep, string> = { approve: 'Approved', return: 'Returned' };
const verb: Record<ReviewStep, string> = { approve: 'approved', return: 'returned' };

const values = (count: number) => (count === 1 ? '1 value' : `${formatCount(count)} values`);

export function ReviewResults({
  id,
  result,
  ref,
}: {
  id: string;
  result: ReviewResult | null;
  ref: Ref<HTMLDivElement>;
}) {
  const successes = result?.outcomes.filter((outcome) => outcome.ok) ?? [];
  const failures = result?.outcomes.filter((outcome) => !outcome.ok) ?? [];
  const step = result?.step ?? 'approve';
  const [first] = successes;
  return (
    <div ref={ref} id={id} tabIndex={-1} className="queue-results" aria-live="polite">
      {successes.length > 0 && (
        <p className="queue-results__ok">
          {result?.single && first
            ? `${done[step]} ${first.label}.`
            : `${done[step]} ${values(successes.length)}.`}
          {step === 'return' &&
            (successes.length === 1
              ? ' The department sees your comment with the value.'
              : ' The department sees your comment with each value.')}
        </p>
      )}
      {failures.length > 0 && (
        <div className="error-summary">
          <h2 className="error-summary__title">
            {failures.length === 1 ? '1 value was' : `${formatCount(failures.length)} values were`}{' '}
            not {verb[step]}
          </h2>
          <ul className="error-summary__list">
            {failures.map((outcome) => (
              <li key={outcome.key}>
                <strong>{outcome.label}</strong>: {outcome.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
