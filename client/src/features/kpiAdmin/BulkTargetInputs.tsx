/** One KPI's new target in the bulk table: a value, or low and high for a range KPI. */
import type { KpiSummary } from '@civicstat/shared';
import type { ReactNode } from 'react';
import type { TargetText } from './targetForm';

interface BulkTargetInputsProps {
  kpi: KpiSummary;
  fiscalYear: number;
  text: TargetText;
  error: string | undefined;
  onChange(text: TargetText): void;
}

/** The id of a row's first input, for the error summary's links. */
export const inputIdOf = (kpi: Pick<KpiSummary, 'id' | 'direction'>) =>
  kpi.direction === 'range' ? `bulk-${kpi.id}-low` : `bulk-${kpi.id}`;

export function BulkTargetInputs({
  kpi,
  fiscalYear,
  text,
  error,
  onChange,
}: BulkTargetInputsProps) {
  const errorId = `bulk-${kpi.id}-error`;
  const percent = kpi.displayFormat === 'percent';
  const of = `FY${fiscalYear} target for ${kpi.code} ${kpi.name}${percent ? ', in percent' : ''}`;
  const input = (id: string, part: keyof TargetText, label: ReactNode) => (
    <span className="bulk-targets__input">
      <label
        htmlFor={id}
        className={kpi.direction === 'range' ? 'bulk-targets__label' : 'visually-hidden'}
      >
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        inputMode="decimal"
        autoComplete="off"
        value={text[part]}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange({ ...text, [part]: event.target.value })}
      />
      {percent && (
        <span aria-hidden="true" className="bulk-targets__suffix">
          %
        </span>
      )}
    </span>
  );
  return (
    <div className={error ? 'bulk-targets__cell field--error' : 'bulk-targets__cell'}>
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {kpi.direction === 'range' ? (
        <div className="bulk-targets__band">
          {input(
            `bulk-${kpi.id}-low`,
            'low',
            <>
              Low<span className="visually-hidden"> end of the {of}</span>
            </>,
          )}
          {input(
            `bulk-${kpi.id}-high`,
            'high',
            <>
              High<span className="visually-hidden"> end of the {of}</span>
            </>,
          )}
        </div>
      ) : (
        input(`bulk-${kpi.id}`, 'target', `New ${of}`)
      )}
    </div>
  );
}
