/**
 * Archiving or restoring a record, after the admin confirms. A 412 shows the record as stored
 * now, and the admin may confirm again against that version.
 */
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { staleRecord, type StructureWrite } from '../../api/useStructureChanges';
import { describeError } from '../../components/describeError';
import { displayValue, type RecordForm } from './recordForms';

interface ConfirmRecordActionProps<Stored extends { id: number; version: number }> {
  action: 'archive' | 'restore';
  /** The record as read when the task opened. */
  stored: Stored;
  form: RecordForm<Stored, string>;
  /** What happens, in a sentence or two. */
  explanation: ReactNode;
  /** The button's words, e.g. "Archive goal 3"; the same words name it for screen readers. */
  confirmLabel: string;
  write: UseMutationResult<Stored, Error, StructureWrite<Stored>>;
  onDone(record: Stored): void;
  onCancel(): void;
}

export function ConfirmRecordAction<Stored extends { id: number; version: number }>(
  props: ConfirmRecordActionProps<Stored>,
) {
  const { action, form, explanation, confirmLabel, write, onDone, onCancel } = props;
  const [record, setRecord] = useState(props.stored);
  const [stale, setStale] = useState<Stored>();
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (stale) noticeRef.current?.focus();
  }, [stale]);

  function confirm() {
    if (write.isPending) return;
    setStale(undefined);
    write.mutate(
      { kind: action, base: record },
      {
        onSuccess: onDone,
        onError: (error) => {
          const current = staleRecord(error, form.schema);
          if (current) {
            setStale(current);
            setRecord(current);
          }
        },
      },
    );
  }

  const storedValues = stale && form.valuesOf(stale);
  return (
    <>
      <p>{explanation}</p>
      {stale && storedValues ? (
        <div ref={noticeRef} tabIndex={-1} className="stale-notice focus-target" role="alert">
          <p className="stale-notice__title">Someone changed this since you opened it.</p>
          <p>Nothing was saved. These are the values stored now:</p>
          <dl className="stale-notice__values">
            {form.fields.map((field) => (
              <div key={field.name} className="stale-notice__pair">
                <dt>{field.label}</dt>
                <dd>{displayValue(field, storedValues[field.name] ?? '')}</dd>
              </div>
            ))}
          </dl>
          <p>Review them, and confirm again if it is still needed.</p>
        </div>
      ) : (
        write.error && (
          <p role="alert" className="inline-error">
            {describeError(write.error)}
          </p>
        )
      )}
      <div className="button-row">
        <button
          type="button"
          className={action === 'archive' ? 'button button--danger' : 'button'}
          aria-disabled={write.isPending || undefined}
          onClick={confirm}
        >
          {write.isPending ? 'Working…' : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
