/** A KPI definition's field values in words, for the stale notice and the change history. */
import {
  directionLabels,
  formatValue,
  frequencyLabels,
  type DisplayFormat,
  type KpiAggregation,
  type ObjectiveList,
} from '@civicstat/shared';

export const displayFormatLabels: Record<DisplayFormat, string> = {
  percent: 'Percent',
  count: 'Count',
  currency: 'Dollars',
  days: 'Days',
  hours: 'Hours',
  minutes: 'Minutes',
  rate: 'Rate',
};

export const aggregationLabels: Record<KpiAggregation, string> = {
  sum: 'Sum of the periods',
  mean: 'Mean of the periods',
  ratio: 'Ratio of the totals',
  last: 'Latest period',
  max: 'Highest period',
  min: 'Lowest period',
};

export interface FieldContext {
  departments: readonly { id: number; name: string }[] | undefined;
  objectives: ObjectiveList['data'] | undefined;
  displayFormat: DisplayFormat;
  unit: string;
}

export function objectiveText(
  id: number | null,
  objectives: ObjectiveList['data'] | undefined,
): string {
  if (id === null) return 'None: an operational KPI';
  const objective = objectives?.find((o) => o.id === id);
  return objective
    ? `${objective.goal.number}.${objective.number} ${objective.title}`
    : `Objective ${id}`;
}

const LONG = 160;

/** One field's value as people read it; anything unexpected is shown as it is. */
export function fieldText(field: string, value: unknown, context: FieldContext): string {
  if (value === undefined) return '—';
  switch (field) {
    case 'departmentId':
      return typeof value === 'number'
        ? (context.departments?.find((d) => d.id === value)?.name ?? `Department ${value}`)
        : String(value);
    case 'objectiveId':
      return value === null || typeof value === 'number'
        ? objectiveText(value, context.objectives)
        : String(value);
    case 'displayFormat':
      return displayFormatLabels[value as DisplayFormat] ?? String(value);
    case 'direction':
      return directionLabels[value as keyof typeof directionLabels] ?? String(value);
    case 'frequency':
      return frequencyLabels[value as keyof typeof frequencyLabels] ?? String(value);
    case 'aggregation':
      return aggregationLabels[value as KpiAggregation] ?? String(value);
    case 'tolerance':
      return typeof value === 'number'
        ? formatValue(value, { displayFormat: 'percent', unit: '%' })
        : String(value);
    case 'minValue':
    case 'maxValue':
      if (value === null) return 'None';
      return typeof value === 'number'
        ? formatValue(value, context, { withUnit: true })
        : String(value);
    case 'isPublic':
      return value === true ? 'Public' : value === false ? 'Staff only' : String(value);
    case 'archived':
      return value === true ? 'Archived' : value === false ? 'In use' : String(value);
    default: {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      if (text === '') return '(empty)';
      return text.length > LONG ? `${text.slice(0, LONG)}…` : text;
    }
  }
}
