/** One audit record of a KPI or one of its targets, as the change history words it. */
import { formatPeriod, formatTarget, type AuditEntry, type TargetValue } from '@civicstat/shared';
import { definitionFields } from './definitionForm';
import { fieldText, type FieldContext } from './fieldText';

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

export interface HistoryLine {
  /** "Changed the definition", "Set the FY2027 target". */
  summary: string;
  changes: FieldChange[];
}

type Record_ = Record<string, unknown>;
const asRecord = (value: unknown): Record_ =>
  value !== null && typeof value === 'object' ? (value as Record_) : {};

const actions: Record<string, string> = {
  create: 'Created the KPI',
  update: 'Changed the definition',
  archive: 'Archived the KPI',
  restore: 'Restored the KPI',
};

function definitionLine(entry: AuditEntry, context: FieldContext): HistoryLine {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const changes: FieldChange[] = [];
  for (const [field, { label }] of Object.entries(definitionFields)) {
    if (
      entry.action !== 'update' ||
      JSON.stringify(before[field]) === JSON.stringify(after[field])
    ) {
      continue;
    }
    // Bounds are read in the format of their own version.
    const contextOf = (version: Record_) => ({
      ...context,
      displayFormat:
        (version.displayFormat as FieldContext['displayFormat']) ?? context.displayFormat,
      unit: typeof version.unit === 'string' ? version.unit : context.unit,
    });
    changes.push({
      label,
      before: fieldText(field, before[field], contextOf(before)),
      after: fieldText(field, after[field], contextOf(after)),
    });
  }
  const summary = actions[entry.action] ?? entry.action;
  return {
    summary:
      entry.action === 'create'
        ? `${summary}: ${String(after.code)} ${String(after.name)}`
        : summary,
    changes,
  };
}

function targetLine(
  entry: AuditEntry,
  context: FieldContext & { frequency: string; fiscalYearStartMonth: number },
): HistoryLine {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const fiscalYear = Number(after.fiscalYear ?? before.fiscalYear);
  const periodStart = (after.periodStart ?? before.periodStart) as string | null | undefined;
  const what = periodStart
    ? `the ${formatPeriod(periodStart, context.frequency as 'monthly', context.fiscalYearStartMonth)} target (FY${fiscalYear})`
    : `the FY${fiscalYear} target`;
  const text = (value: unknown) =>
    value === undefined ? 'None' : formatTarget(value as TargetValue, context, { withUnit: true });
  return {
    summary: `${entry.action === 'create' ? 'Set' : 'Changed'} ${what}`,
    changes: [{ label: 'Target', before: text(before.target), after: text(after.target) }],
  };
}

export function historyLine(
  entry: AuditEntry,
  context: FieldContext & { frequency: string; fiscalYearStartMonth: number },
): HistoryLine {
  return entry.entity === 'kpi_target'
    ? targetLine(entry, context)
    : definitionLine(entry, context);
}
