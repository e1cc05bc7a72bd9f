/** One field of a record's form, by its kind: text, number, colour, several lines or a choice. */
import { TextField } from '../../components/forms/TextField';
import type { FieldSpec } from './recordForms';
import { SelectField } from '../../components/forms/SelectField';
import { TextAreaField } from '../../components/forms/TextAreaField';

interface RecordFieldProps<Name extends string> {
  id: string;
  field: FieldSpec<Name>;
  value: string;
  /** A full sentence: the label, then what is wrong. */
  error?: string;
  onChange(value: string): void;
}

export function RecordField<Name extends string>({
  id,
  field,
  value,
  error,
  onChange,
}: RecordFieldProps<Name>) {
  const common = { id, label: field.label, hint: field.hint, error, name: field.name, value };
  switch (field.kind) {
    case 'textarea':
      return <TextAreaField {...common} onChange={(event) => onChange(event.target.value)} />;
    case 'select':
      return (
        <SelectField
          {...common}
          options={field.options ?? []}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'number':
      return (
        <TextField
          {...common}
          inputMode="numeric"
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'colour':
    case 'text':
      return (
        <TextField
          {...common}
          autoComplete="off"
          spellCheck={field.kind === 'text' ? undefined : false}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}
