/**
 * The KPI definition form's model: the text of each input, how it becomes the fields the shared
 * schemas check (NewKpi, KpiChanges), and which fields a change touches.
 */
import type {
  DisplayFormat,
  KpiAggregation,
  KpiDefinition,
  KpiDetail,
  KpiDirection,
  KpiFrequency,
} from '@civicstat/shared';
import type { FormField } from '../../components/forms/fieldErrorSentences';
import type { FieldErrors } from '../../components/forms/validate';
import { measureText, parseMeasure } from './measureInput';

export interface DefinitionValues {
  code: string;
  name: string;
  description: string;
  departmentId: string;
  /** Empty for an operational KPI. */
  objectiveId: string;
  unit: string;
  displayFormat: DisplayFormat;
  direction: KpiDirection;
  frequency: KpiFrequency;
  aggregation: KpiAggregation;
  /** In percent, as typed: "5" is 0.05. */
  tolerance: string;
  minValue: string;
  maxValue: string;
  isPublic: boolean;
  owner: string;
  methodology: string;
  dataSource: string;
}

export type DefinitionField = keyof DefinitionValues;

/** Every field in the order of the form, with its input's id and label. */
export const definitionFields: Record<DefinitionField, FormField> = {
  name: { id: 'kpi-name', label: 'Name' },
  code: { id: 'kpi-code', label: 'Code' },
  description: { id: 'kpi-description', label: 'Description' },
  departmentId: { id: 'kpi-department', label: 'Department' },
  objectiveId: { id: 'kpi-objective', label: 'Objective' },
  unit: { id: 'kpi-unit', label: 'Unit' },
  displayFormat: { id: 'kpi-display-format', label: 'Display format' },
  direction: { id: 'kpi-direction', label: 'Direction' },
  frequency: { id: 'kpi-frequency', label: 'Frequency' },
  aggregation: { id: 'kpi-aggregation', label: 'Fiscal-year aggregation' },
  tolerance: { id: 'kpi-tolerance', label: 'Tolerance' },
  minValue: { id: 'kpi-min-value', label: 'Lowest possible value' },
  maxValue: { id: 'kpi-max-value', label: 'Highest possible value' },
  isPublic: { id: 'kpi-public', label: 'Public' },
  owner: { id: 'kpi-owner', label: 'Owner' },
  methodology: { id: 'kpi-methodology', label: 'Methodology' },
  dataSource: { id: 'kpi-data-source', label: 'Data source' },
};

export const emptyDefinition: DefinitionValues = {
  code: '',
  name: '',
  description: '',
  departmentId: '',
  objectiveId: '',
  unit: '',
  displayFormat: 'count',
  direction: 'increase',
  frequency: 'monthly',
  aggregation: 'sum',
  tolerance: '5',
  minValue: '',
  maxValue: '',
  isPublic: false,
  owner: '',
  methodology: '',
  dataSource: '',
};

/** The definition as GET /kpis/:id serves it, in the shape the KPI writes answer. */
export function definitionOf(kpi: KpiDetail): KpiDefinition {
  return {
    id: kpi.id,
    code: kpi.code,
    name: kpi.name,
    description: kpi.description,
    departmentId: kpi.department.id,
    objectiveId: kpi.objective?.id ?? null,
    unit: kpi.unit,
    displayFormat: kpi.displayFormat,
    direction: kpi.direction,
    frequency: kpi.frequency,
    aggregation: kpi.aggregation,
    tolerance: kpi.tolerance,
    minValue: kpi.minValue,
    maxValue: kpi.maxValue,
    isPublic: kpi.isPublic,
    dataSource: kpi.dataSource,
    methodology: kpi.methodology,
    owner: kpi.owner,
    version: kpi.version,
    archived: kpi.archived,
  };
}

export function valuesOf(kpi: KpiDefinition): DefinitionValues {
  return {
    code: kpi.code,
    name: kpi.name,
    description: kpi.description,
    departmentId: String(kpi.departmentId),
    objectiveId: kpi.objectiveId === null ? '' : String(kpi.objectiveId),
    unit: kpi.unit,
    displayFormat: kpi.displayFormat,
    direction: kpi.direction,
    frequency: kpi.frequency,
    aggregation: kpi.aggregation,
    tolerance: measureText(kpi.tolerance, 'percent'),
    minValue: measureText(kpi.minValue, kpi.displayFormat),
    maxValue: measureText(kpi.maxValue, kpi.displayFormat),
    isPublic: kpi.isPublic,
    owner: kpi.owner,
    methodology: kpi.methodology,
    dataSource: kpi.dataSource,
  };
}

/** The typed values as request fields, for the shared schema to accept or refuse. */
export function fieldsOf(values: DefinitionValues): Record<string, unknown> {
  return {
    ...values,
    departmentId: values.departmentId === '' ? undefined : Number(values.departmentId),
    objectiveId: values.objectiveId === '' ? null : Number(values.objectiveId),
    tolerance: parseMeasure(values.tolerance, 'percent', undefined),
    minValue: parseMeasure(values.minValue, values.displayFormat, null),
    maxValue: parseMeasure(values.maxValue, values.displayFormat, null),
  };
}

/** Only the fields whose value differs from the stored definition: what a PATCH sends. */
export function changedFields<T extends object>(fields: T, base: KpiDefinition): Partial<T> {
  const changes: Partial<T> = {};
  for (const [name, value] of Object.entries(fields) as [keyof T, unknown][]) {
    if (base[name as keyof KpiDefinition] !== value) changes[name] = value as T[keyof T];
  }
  return changes;
}

/**
 * The schema's messages where the form words a field differently: tolerance is typed in percent,
 * and the bounds have labels rather than API names.
 */
export function formErrors(errors: FieldErrors): FieldErrors {
  const worded = { ...errors };
  if (worded.tolerance) worded.tolerance = 'must be a percentage from 0 up to (not including) 100';
  if (worded.maxValue?.includes('minValue')) {
    worded.maxValue = 'must not be below the lowest possible value';
  }
  if (worded.departmentId?.startsWith('must be an id')) worded.departmentId = 'must be chosen';
  return worded;
}
