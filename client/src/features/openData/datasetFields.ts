/**
 * The dataset form's model: the text of each input, how it becomes the request body the shared
 * schema checks (NewDataset), and at which input each refusal shows. The server names a refused
 * field by its path in the body: `scores.risk` for a score, `keywords.2` for a list's entry.
 */
import {
  NewDataset,
  priorityFactors,
  type Dataset,
  type DatasetAccessLevel,
  type DatasetFrequency,
  type PriorityFactor,
} from '@civicstat/shared';
import type { FormField } from '../../components/forms/fieldErrorSentences';
import { validate, type FieldErrors, type Validation } from '../../components/forms/validate';

/** The inputs' text; the four scores are named by their factor. */
export interface DatasetValues extends Record<PriorityFactor, string> {
  title: string;
  description: string;
  departmentId: string;
  stewardName: string;
  stewardEmail: string;
  systemOfRecord: string;
  accessLevel: DatasetAccessLevel;
  accessReason: string;
  updateFrequency: DatasetFrequency;
  lastUpdated: string;
  /** Comma-separated, as are keywords and themes. */
  formats: string;
  downloadUrl: string;
  landingUrl: string;
  license: string;
  keywords: string;
  themes: string;
}

export type DatasetField = keyof DatasetValues;

/** Every input's label, in the order of the form (and of the error summary). */
const labels: Record<DatasetField, string> = {
  title: 'Title',
  description: 'Description',
  departmentId: 'Department',
  stewardName: 'Steward',
  stewardEmail: 'Steward’s email',
  systemOfRecord: 'System of record',
  accessLevel: 'Access level',
  accessReason: 'Why not public',
  updateFrequency: 'Update frequency',
  lastUpdated: 'Last updated',
  formats: 'Formats (comma-separated)',
  downloadUrl: 'Download URL',
  landingUrl: 'Landing page URL',
  license: 'Licence URL',
  keywords: 'Keywords (comma-separated)',
  themes: 'Themes (comma-separated)',
  publicDemand: 'Public demand (1–5)',
  residentValue: 'Value to residents (1–5)',
  publishingEffort: 'Effort to publish (1–5, lower is easier)',
  risk: 'Risk or sensitivity (1–5)',
};

/** Each input's id and label: `publicDemand` is the input `dataset-public-demand`. */
export const datasetFields = Object.fromEntries(
  Object.entries(labels).map(([name, label]) => [
    name,
    { id: `dataset-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, label },
  ]),
) as Record<DatasetField, FormField>;

const listFields: readonly string[] = ['formats', 'keywords', 'themes'];

const isFactor = (name: string | undefined): name is PriorityFactor =>
  (priorityFactors as readonly (string | undefined)[]).includes(name);

const listText = (words: readonly string[] | undefined) => words?.join(', ') ?? '';

const list = (text: string) =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);

/** The stored dataset as the inputs' text, or a new dataset's starting values. */
export function valuesOf(dataset?: Dataset): DatasetValues {
  return {
    title: dataset?.title ?? '',
    description: dataset?.description ?? '',
    departmentId: dataset ? String(dataset.department.id) : '',
    stewardName: dataset?.stewardName ?? '',
    stewardEmail: dataset?.stewardEmail ?? '',
    systemOfRecord: dataset?.systemOfRecord ?? '',
    accessLevel: dataset?.accessLevel ?? 'public',
    accessReason: dataset?.accessReason ?? '',
    updateFrequency: dataset?.updateFrequency ?? 'monthly',
    lastUpdated: dataset?.lastUpdated ?? '',
    formats: listText(dataset?.formats),
    downloadUrl: dataset?.downloadUrl ?? '',
    landingUrl: dataset?.landingUrl ?? '',
    license: dataset?.license ?? '',
    keywords: listText(dataset?.keywords),
    themes: listText(dataset?.themes),
    publicDemand: String(dataset?.scores.publicDemand ?? 3),
    residentValue: String(dataset?.scores.residentValue ?? 3),
    publishingEffort: String(dataset?.scores.publishingEffort ?? 3),
    risk: String(dataset?.scores.risk ?? 3),
  };
}

/** The request body: every field, whether the dataset is new or changed. */
export function bodyOf(values: DatasetValues) {
  return {
    title: values.title,
    description: values.description,
    departmentId: values.departmentId === '' ? undefined : Number(values.departmentId),
    stewardName: values.stewardName,
    stewardEmail: values.stewardEmail,
    systemOfRecord: values.systemOfRecord,
    accessLevel: values.accessLevel,
    accessReason: values.accessReason.trim() || null,
    updateFrequency: values.updateFrequency,
    lastUpdated: values.lastUpdated || null,
    formats: list(values.formats),
    downloadUrl: values.downloadUrl.trim() || null,
    landingUrl: values.landingUrl.trim() || null,
    license: values.license.trim() || null,
    keywords: list(values.keywords),
    themes: list(values.themes),
    scores: Object.fromEntries(
      priorityFactors.map((factor) => [factor, Number(values[factor])]),
    ) as Record<PriorityFactor, number>,
  };
}

/**
 * Checks the body with the schema the server creates a dataset with. A change sends every field
 * too, so the same check fits it (the server applies the access-reason rule to a change as well).
 * Errors are named as the server names them, a score's as `scores.risk`.
 */
export function checkDataset(values: DatasetValues): Validation<NewDataset> {
  return validate(NewDataset, bodyOf(values), { fullPaths: true });
}

/** Which input a refused path belongs to, and what to say after that input's label. */
function placeOf(path: string, message: string): [string, string] {
  const [head = '', entry] = path.split('.');
  // "scores" itself (not an object, say) shows at the first score.
  if (head === 'scores') {
    return [isFactor(entry) ? entry : priorityFactors[0], message];
  }
  if (listFields.includes(head) && entry !== undefined && /^\d+$/.test(entry)) {
    return [head, `entry ${Number(entry) + 1} ${message}`];
  }
  if (head === 'departmentId' && message.startsWith('must be an id')) {
    return [head, 'must be chosen'];
  }
  return [path, message];
}

/** The errors by input (the first for each), from the errors by path in the request body. */
export function errorsByField(errors: FieldErrors): FieldErrors {
  const byField: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const [field, text] = placeOf(path, message);
    byField[field] ??= text;
  }
  return byField;
}
