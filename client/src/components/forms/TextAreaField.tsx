import type { TextareaHTMLAttributes } from 'react';
import { controlProps, Field, type FieldProps } from './Field';

type TextAreaFieldProps = FieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

/** A labelled multi-line input with its hint and, after a refused submission, its error. */
export function TextAreaField({ id, label, hint, error, ...areaProps }: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        className="field__input field__input--multiline"
        rows={4}
        {...controlProps({ id, hint, error })}
        {...areaProps}
      />
    </Field>
  );
}
