/** What every form field shares: its label, its hint and, after a refused submission, its error. */
import type { ReactNode } from 'react';

export interface FieldProps {
  id: string;
  label: string;
  /** Shown under the label and read with the field, e.g. "At least 12 characters." */
  hint?: string;
  /** A full sentence, e.g. "Email must be an email address". */
  error?: string;
}

/** The attributes that make the control itself read its hint and error. */
export function controlProps({ id, hint, error }: Omit<FieldProps, 'label'>) {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby':
      [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined,
  };
}

/** The frame around a control: label, hint and error; the control is the child. */
export function Field({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
