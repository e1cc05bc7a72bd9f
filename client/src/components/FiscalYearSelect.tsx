import { useId } from 'react';
import './performance.css';

/** Choose the fiscal year a screen shows: the current one (today) or the end of an earlier one. */
export function FiscalYearSelect({
  value,
  currentFiscalYear,
  firstFiscalYear,
  onChange,
}: {
  value: number | undefined;
  currentFiscalYear: number;
  firstFiscalYear: number;
  onChange: (year: number | undefined) => void;
}) {
  const id = useId();
  const years: number[] = [];
  for (let year = currentFiscalYear - 1; year >= firstFiscalYear; year -= 1) years.push(year);
  return (
    <div className="fy-select">
      <label htmlFor={id}>Fiscal year</label>
      <select
        id={id}
        value={value === undefined || value === currentFiscalYear ? '' : String(value)}
        onChange={(event) => onChange(event.target.value ? Number(event.target.value) : undefined)}
      >
        <option value="">FY{currentFiscalYear} to date</option>
        {years.map((year) => (
          <option key={year} value={year}>
            FY{year} (year end)
          </option>
        ))}
      </select>
    </div>
  );
}
