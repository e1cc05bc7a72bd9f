/** Approve or return every selected value at once; a return sends one comment with each. */
import { formatCount } from '@civicstat/shared';
import { ReturnForm } from './ReturnForm';

interface BulkActionsProps {
  count: number;
  busy: boolean;
  /** The selected values are being approved now. */
  approving: boolean;
  returning: boolean;
  onApprove: () => void;
  onStartReturn: () => void;
  onReturn: (comment: string) => void;
  onCancelReturn: () => void;
}

export const bulkReturnButtonId = 'review-bulk-return';

export function BulkActions({
  count,
  busy,
  approving,
  returning,
  onApprove,
  onStartReturn,
  onReturn,
  onCancelReturn,
}: BulkActionsProps) {
  const none = count === 0;
  const values = count === 1 ? 'value' : 'values';
  return (
    <section className="queue-bulk" aria-labelledby="queue-bulk-heading">
      <div className="queue-bulk__bar">
        <h2 id="queue-bulk-heading" className="queue-bulk__title">
          {none ? 'No values selected' : `${formatCount(count)} ${values} selected`}
        </h2>
        <div className="queue-bulk__buttons">
          <button
            type="button"
            className="button button--small"
            aria-disabled={busy || none || undefined}
            onClick={() => !busy && !none && onApprove()}
          >
            {approving ? 'Approving…' : 'Approve selected'}
          </button>
          <button
            type="button"
            id={bulkReturnButtonId}
            className="button button--secondary button--small"
            aria-expanded={returning}
            aria-disabled={busy || none || undefined}
            onClick={() => !busy && !none && onStartReturn()}
          >
            Return selected
          </button>
        </div>
      </div>
      {none && (
        <p className="queue-bulk__hint">
          Tick the values to approve or return together, or use each row’s own buttons.
        </p>
      )}
      {returning && !none && (
        <ReturnForm
          id="review-bulk-return-form"
          what={`the ${formatCount(count)} selected ${values}`}
          submitLabel={`Return ${formatCount(count)} ${values}`}
          busy={busy}
          onSubmit={onReturn}
          onCancel={onCancelReturn}
        />
      )}
    </section>
  );
}
