import type { SummaryItem } from './ErrorSummary';
import type { FieldErrors } from './validate';

export interface FormField {
  id: string;
  label: string;
}

/**
 * Each refused field's error as a sentence, its label then the schema's message ("Email
 * address must be an email address"), in the form's order, for the field and for the summary.
 */
export function fieldErrorSentences<Name extends string>(
  fields: Record<Name, FormField>,
  errors: FieldErrors,
): { byField: Partial<Record<Name, string>>; items: SummaryItem[] } {
  const byField: Partial<Record<Name, string>> = {};
  const items: SummaryItem[] = [];
  for (const name of Object.keys(fields) as Name[]) {
    const message = errors[name];
    if (!message) continue;
    const text = `${fields[name].label} ${message}`;
    byField[name] = text;
    items.push({ fieldId: fields[name].id, text });
  }
  return { byField, items };
}
