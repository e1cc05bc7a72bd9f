import {
  catalogImportFields,
  measurementImportFields,
  type Import,
  type ImportMapping as Mapping,
  type ImportOptions,
} from '@civicstat/shared';
import { useId, useState, type FormEvent } from 'react';

const labels: Record<string, string> = {
  kpi: 'KPI (code or name)',
  period: 'Period',
  value: 'Value',
  numerator: 'Numerator',
  denominator: 'Denominator',
  note: 'Note',
  code: 'KPI code',
  name: 'Name',
  department: 'Department (code or name)',
  frequency: 'Frequency',
  description: 'Description',
  methodology: 'Methodology',
  dataSource: 'Data source',
  unit: 'Unit',
  displayFormat: 'Display format',
  direction: 'Direction',
  aggregation: 'Aggregation',
  owner: 'Owner',
  isPublic: 'Public',
  fiscalYear: 'Fiscal year of the target',
  target: 'Target',
};
const required = new Set(['kpi', 'period', 'value', 'name', 'department']);

/** One select per field, pre-filled with the server's guess (or the mapping remembered). */
export function ImportMapping({
  upload,
  busy,
  onCheck,
}: {
  upload: Import;
  busy: boolean;
  onCheck: (sheet: string, mapping: Mapping, options: Partial<ImportOptions>) => void;
}) {
  const formId = useId();
  const [sheet, setSheet] = useState(upload.sheet ?? upload.sheets[0]?.name ?? '');
  const [mapping, setMapping] = useState<Mapping>(upload.mapping);
  const [options, setOptions] = useState<Partial<ImportOptions>>(upload.options);
  const headers = upload.sheets.find((s) => s.name === sheet)?.headers ?? [];
  const fields = upload.kind === 'measurements' ? measurementImportFields : catalogImportFields;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCheck(sheet, mapping, options);
  };
  return (
    <form onSubmit={submit} className="import-mapping" aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title">Map the columns</h2>
      {upload.fileType === 'xlsx' && (
        <p>
          <label>
            Sheet{' '}
            <select value={sheet} onChange={(event) => setSheet(event.target.value)}>
              {upload.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name} ({s.rows.toLocaleString()} rows)
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      <div className="import-mapping__fields">
        {fields.map((field) => (
          <div key={field} className="import-mapping__field">
            <label htmlFor={`${formId}-${field}`}>
              {labels[field]}
              {required.has(field) && field !== 'kpi' ? ' (required)' : ''}
            </label>
            <select
              id={`${formId}-${field}`}
              value={mapping[field] ?? ''}
              onChange={(event) => setMapping({ ...mapping, [field]: event.target.value || null })}
            >
              <option value="">— not in the file —</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {upload.kind === 'measurements' && !mapping.kpi && (
        <label>
          KPI code for every row (the file has no KPI column)
          <input
            value={options.kpi ?? ''}
            onChange={(event) => setOptions({ ...options, kpi: event.target.value || null })}
          />
        </label>
      )}
      {upload.kind === 'catalog' && (
        <fieldset>
          <legend>What the file does not say</legend>
          <label>
            Code prefix
            <input
              value={options.codePrefix ?? ''}
              onChange={(event) =>
                setOptions({ ...options, codePrefix: event.target.value.toUpperCase() })
              }
            />
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.createDepartments ?? false}
              onChange={(event) =>
                setOptions({ ...options, createDepartments: event.target.checked })
              }
            />{' '}
            Create departments the file names that do not exist yet
          </label>
        </fieldset>
      )}
      <button type="submit" disabled={busy}>
        Check the file (dry run)
      </button>
    </form>
  );
}
