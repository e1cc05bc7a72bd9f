/** A part of a page that could not be loaded: why, and a button to try again. */
import { describeError } from './describeError';

interface InlineRetryProps {
  /** What failed, e.g. "The change history could not be loaded". */
  what: string;
  error: unknown;
  onRetry: () => void;
}

export function InlineRetry({ what, error, onRetry }: InlineRetryProps) {
  return (
    <div role="alert" className="inline-error">
      <p>
        {what}: {describeError(error)}
      </p>
      <button type="button" className="button button--small" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
