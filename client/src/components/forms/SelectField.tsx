import type { SelectHTMLAttributes } from 'react';
import { controlProps, Field, type FieldProps } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

type SelectFieldProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> & {
    options: readonly SelectOption[];
  };

/** A labelled drop-down with its hint and, when the last submission was refused, its error. */
export function SelectField({ id, label, hint, error, options, ...selectProps }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select className="field__input" {...controlProps({ id, hint, error })} {...selectProps}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
