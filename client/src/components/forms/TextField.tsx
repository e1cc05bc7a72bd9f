import type { InputHTMLAttributes } from 'react';
import { controlProps, Field, type FieldProps } from './Field';

type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

/** A labelled input with its hint and, when the last submission was refused, its error. */
export function TextField({ id, label, hint, error, ...inputProps }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input className="field__input" {...controlProps({ id, hint, error })} {...inputProps} />
    </Field>
  );
}
