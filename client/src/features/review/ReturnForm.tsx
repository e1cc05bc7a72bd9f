/**
 * The comment that goes back to the department with a returned value: required, focused when the
 * form opens, and refused next to the field when empty.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';

interface ReturnFormProps {
  /** Prefix of the form's element ids. */
  id: string;
  /** What is returned, for the field's label: "Permits issued, Nov 2026" or "the 3 selected values". */
  what: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (comment: string) => void;
  onCancel: () => void;
}

export function ReturnForm({ id, what, submitLabel, busy, onSubmit, onCancel }: ReturnFormProps) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    fieldRef.current?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (comment.trim() === '') {
      setError('Write a comment: say what the department needs to fix.');
      fieldRef.current?.focus();
      return;
    }
    setError('');
    onSubmit(comment.trim());
  };

  return (
    <form className="return-form" noValidate onSubmit={submit}>
      <div className={error ? 'field field--error' : 'field'}>
        <label htmlFor={`${id}-comment`} className="field__label">
          Comment for the department (required)
          <span className="visually-hidden">: returning {what}</span>
        </label>
        <p id={`${id}-hint`} className="field__hint">
          Returning {what}. Say what needs fixing; the department sees this with the value.
        </p>
        {error && (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        )}
        <textarea
          ref={fieldRef}
          id={`${id}-comment`}
          className="field__input"
          rows={3}
          maxLength={4000}
          value={comment}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--small" aria-disabled={busy || undefined}>
          {busy ? 'Returning…' : submitLabel}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
