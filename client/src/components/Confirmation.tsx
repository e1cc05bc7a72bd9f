/**
 * The end of a confirmation (archive, unlock, deactivate): why the last try failed, or a notice in
 * its place, then the confirming button and Cancel.
 */
import type { ReactNode } from 'react';
import { describeError } from './describeError';

interface ConfirmationProps {
  /** The button's words, e.g. "Unlock FY2026"; the same words name it for screen readers. */
  confirmLabel: ReactNode;
  /** The button's words while it works. */
  busyLabel?: ReactNode;
  busy: boolean;
  /** The button stays but does nothing, e.g. until a changed record is loaded again. */
  blocked?: boolean;
  /** A red button, for what takes something away. */
  danger?: boolean;
  /** Shown instead of the error, e.g. the record as it is stored now after a 412. */
  notice?: ReactNode;
  error: unknown;
  onConfirm(): void;
  onCancel(): void;
}

export function Confirmation(props: ConfirmationProps) {
  const { confirmLabel, busyLabel = 'Working…', busy, blocked, danger } = props;
  const { notice, error, onConfirm, onCancel } = props;
  return (
    <>
      {notice ||
        (error ? (
          <p role="alert" className="inline-error">
            {describeError(error)}
          </p>
        ) : null)}
      <div className="button-row">
        <button
          type="button"
          className={danger ? 'button button--danger' : 'button'}
          aria-disabled={busy || blocked || undefined}
          onClick={() => {
            if (!busy && !blocked) onConfirm();
          }}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
